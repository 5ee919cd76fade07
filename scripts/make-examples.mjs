// Regenerates the example datasets bundled for the demo (deterministic; run once, output committed).
import { writeFileSync } from 'node:fs';

let state = 20261121;
const rand = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

const questions = [
  'I was charged twice for order {n}, can I get my money back?',
  'How do I return the shoes from order {n}?',
  'Can I exchange a jacket for a bigger size?',
  'When will my package {n} arrive?',
  'The tracking link for {n} does not work.',
  'I forgot my password and cannot log in.',
  'How do I change the email address on my account?',
  'Where can I download the invoice for {n}?',
  'My card was declined, what can I do?',
  'I want to send back a gift I received.',
  'Do you ship to Norway?',
  'I am angry, order {n} never came and nobody answers.',
  'Is there a store near Lyon?',
  'Can I get a refund if the item was damaged?',
  'What are your opening hours?',
];
const tiers = ['standard', 'plus', 'business'];
const lines = [];
for (let i = 1; i <= 400; i++) {
  const question = pick(questions).replace('{n}', `#${100000 + Math.floor(rand() * 900000)}`);
  const record = { id: `req-${String(i).padStart(4, '0')}`, question, customer: { tier: pick(tiers) } };
  if (rand() < 0.3)
    record.history = [
      { role: 'user', content: 'Hi' },
      { role: 'assistant', content: 'Hello! How can I help?' },
    ];
  lines.push(JSON.stringify(record));
}
writeFileSync('examples/support-bot/data/requests.jsonl', `${lines.join('\n')}\n`);

const houses = [];
for (let i = 1; i <= 400; i++) {
  const sqft = Math.round(600 + rand() * 3400);
  const bedrooms = 1 + Math.floor(rand() * 5);
  const bathrooms = 1 + Math.floor(rand() * 3);
  const age = Math.floor(rand() * 80);
  houses.push(JSON.stringify({ id: `house-${i}`, features: [sqft, bedrooms, bathrooms, age] }));
}
writeFileSync('examples/pricing/data/houses.jsonl', `${houses.join('\n')}\n`);

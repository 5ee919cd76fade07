// Whether a repository's environments can have required reviewers, decided from what GitHub's REST API says
// about it, by GitHub's documented plan rules ("Managing environments for deployment"):
//   - public repositories: environments with every protection rule, on every current plan;
//   - private repositories: environments and deployment branch rules need GitHub Pro, Team or Enterprise;
//     required reviewers and wait timers need GitHub Enterprise (Free, Pro and Team: public repositories only);
//   - internal repositories exist only under GitHub Enterprise; GitHub Enterprise Server and GHE.com are
//     Enterprise products.
// The plan is read where the token may read it (an organization's plan shows to its owners; a personal
// account's plan to that account's own token). When it cannot be read, nothing is guessed: the caller asks
// for the reviewers and GitHub's answer decides, which the verdict says plainly.
import type { GitHubClient } from './client.ts';
import { errorStatus } from './client.ts';

export interface RepoFacts {
  owner: string;
  repo: string;
  visibility: 'public' | 'private' | 'internal';
  ownerType: 'User' | 'Organization' | string;
}

export type PlanKind = 'free' | 'pro' | 'team' | 'enterprise';

export interface PlanVerdict {
  /** Required reviewers (and wait timers) can be set; undefined when the plan could not be read. */
  reviewers: boolean | undefined;
  /** Environments themselves (and their branch rules) can be created; undefined when unknown. */
  environments: boolean | undefined;
  /** The plan, where it was read or follows from the facts. */
  plan?: PlanKind;
  /** The facts and the rule the verdict follows from, in one sentence. */
  basis: string;
}

/** GitHub's plan names as the API gives them (`plan.name`); legacy and unknown names are not guessed at. */
export function planKind(name: string | undefined): PlanKind | undefined {
  const n = (name ?? '').trim().toLowerCase();
  if (n === 'free' || n === 'pro' || n === 'team') return n;
  if (n === 'enterprise' || n === 'business' || n === 'business_plus' || n.startsWith('enterprise')) return 'enterprise';
  return undefined;
}

/** GitHub Enterprise Server (`https://HOST/api/v3`) or GHE.com (`https://api.SUBDOMAIN.ghe.com`). */
export function isEnterpriseHost(apiUrl: string | undefined): boolean {
  if (!apiUrl) return false;
  try {
    const url = new URL(apiUrl);
    return /\/api\/v3\/?$/.test(url.pathname) || url.hostname.endsWith('.ghe.com');
  } catch {
    return false;
  }
}

/** Reads the owner's plan where the token may; undefined (never an error) where it may not. */
export async function readPlan(octokit: GitHubClient, facts: RepoFacts): Promise<{ plan: PlanKind | undefined; name: string | undefined; why?: string }> {
  try {
    if (facts.ownerType === 'Organization') {
      const { data } = await octokit.rest.orgs.get({ org: facts.owner });
      const name = data.plan?.name;
      return name
        ? { plan: planKind(name), name }
        : { plan: undefined, name: undefined, why: `GET /orgs/${facts.owner} shows the plan to organization owners only` };
    }
    const { data } = await octokit.rest.users.getAuthenticated();
    if (data.login.toLowerCase() !== facts.owner.toLowerCase())
      return { plan: undefined, name: undefined, why: `the token is ${data.login}'s, and only ${facts.owner}'s own token shows that account's plan` };
    const name = 'plan' in data ? data.plan?.name : undefined;
    return name ? { plan: planKind(name), name } : { plan: undefined, name: undefined, why: `GET /user shows no plan for this token` };
  } catch (e) {
    const status = errorStatus(e);
    if (status === 403 || status === 404 || status === 401) {
      return {
        plan: undefined,
        name: undefined,
        why: `${facts.ownerType === 'Organization' ? `GET /orgs/${facts.owner}` : 'GET /user'} answered HTTP ${status} to this token`,
      };
    }
    throw e;
  }
}

/** The verdict for a repository from its facts (and, for private repositories, its owner's plan). */
export async function reviewerAvailability(octokit: GitHubClient, facts: RepoFacts, apiUrl: string | undefined): Promise<PlanVerdict> {
  const full = `${facts.owner}/${facts.repo}`;
  if (facts.visibility === 'public')
    return { reviewers: true, environments: true, basis: `${full} is public, and public repositories have required reviewers on every GitHub plan` };
  if (isEnterpriseHost(apiUrl))
    return {
      reviewers: true,
      environments: true,
      plan: 'enterprise',
      basis: `${full} is on GitHub Enterprise (${new URL(apiUrl!).host}), which has required reviewers for ${facts.visibility} repositories`,
    };
  if (facts.visibility === 'internal')
    return {
      reviewers: true,
      environments: true,
      plan: 'enterprise',
      basis: `${full} is internal, which only GitHub Enterprise organizations have, and GitHub Enterprise has required reviewers for them`,
    };
  const read = await readPlan(octokit, facts);
  const account = `${facts.ownerType === 'Organization' ? 'organization' : 'account'} ${facts.owner}`;
  switch (read.plan) {
    case 'enterprise':
      return {
        reviewers: true,
        environments: true,
        plan: 'enterprise',
        basis: `${full} is private and the ${account} is on GitHub Enterprise (plan "${read.name}"), which has required reviewers for private repositories`,
      };
    case 'team':
    case 'pro':
      return {
        reviewers: false,
        environments: true,
        plan: read.plan,
        basis: `${full} is private and the ${account} is on GitHub ${read.plan === 'pro' ? 'Pro' : 'Team'}, where required reviewers work on public repositories only (private ones need GitHub Enterprise)`,
      };
    case 'free':
      return {
        reviewers: false,
        environments: false,
        plan: 'free',
        basis: `${full} is private and the ${account} is on GitHub Free, which has no environments for private repositories (they need GitHub Pro, Team or Enterprise; required reviewers need Enterprise)`,
      };
    default:
      return {
        reviewers: undefined,
        environments: undefined,
        basis: read.name
          ? `${full} is private and the ${account}'s plan "${read.name}" is not one whose rules are known here`
          : `${full} is private and the token cannot read the ${account}'s plan (${read.why})`,
      };
  }
}

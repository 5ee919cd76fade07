// Kubernetes manifests and settings the lint tests share.

/** The lint settings of a manifest's deploy: section, as the tests use them. */
export const LINT_SETTINGS = { minGracePeriodSeconds: 300, minPreStopSeconds: 5, requireStartupProbe: true };

/** A Deployment that passes every rule: long grace period, preStop sleep, readiness and startup probes, surge-only rollout. */
export const SAFE_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: chat-blue
spec:
  strategy:
    type: RollingUpdate
    rollingUpdate: { maxUnavailable: 0, maxSurge: 1 }
  template:
    spec:
      terminationGracePeriodSeconds: 600
      containers:
        - name: model
          image: vllm:1
          readinessProbe: { httpGet: { path: /ready, port: 8000 } }
          startupProbe: { httpGet: { path: /ready, port: 8000 }, failureThreshold: 120 }
          lifecycle: { preStop: { sleep: { seconds: 20 } } }
`;

/**
 * Lint rules for deploy.yaml. Each rule returns findings with a severity and, where we
 * have one, a recommended value. We recommend running this in CI before `deploy apply`.
 */
export type Severity = "error" | "warning" | "info";

export interface Finding {
  path: string;
  severity: Severity;
  message: string;
  recommended?: unknown;
}

type Rule = (cfg: any) => Finding[];

const replicas: Rule = (cfg) =>
  (cfg.services ?? []).flatMap((s: any, i: number) =>
    (s.replicas ?? 1) < 2 && s.public
      ? [{ path: `services[${i}].replicas`, severity: "warning" as const, message: "public services should not run a single replica", recommended: 2 }]
      : [],
  );

const memoryLimits: Rule = (cfg) =>
  (cfg.services ?? []).flatMap((s: any, i: number) =>
    s.resources?.memory
      ? []
      : [{ path: `services[${i}].resources.memory`, severity: "error" as const, message: "memory limit missing", recommended: "512Mi" }],
  );

const healthChecks: Rule = (cfg) =>
  (cfg.services ?? []).flatMap((s: any, i: number) =>
    s.healthcheck?.path
      ? []
      : [{ path: `services[${i}].healthcheck`, severity: "info" as const, message: "no health check; recommended for zero-downtime deploys", recommended: { path: "/healthz", intervalSeconds: 10 } }],
  );

export const RULES: Record<string, Rule> = { replicas, memoryLimits, healthChecks };

export function lint(cfg: unknown): Finding[] {
  return Object.values(RULES).flatMap((rule) => rule(cfg));
}

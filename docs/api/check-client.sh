#!/usr/bin/env bash
# Generates TypeScript types from docs/api/openapi.json (or the document given as argument) with openapi-typescript,
# as a user of the API would, and compiles a small client program (openapi-fetch) against them: create a workspace, an automation with a flow and a
# run, read the run, then claim and complete a task. Compiling is the check; nothing is sent to a server.
# Needs node and npm (registry access on first use). Not part of the Maven build.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
document="$(realpath "${1:-$here/openapi.json}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
npm init -y >/dev/null
npm install --silent --no-audit --no-fund openapi-typescript@7.13.0 openapi-fetch@0.17.0 typescript@5 >/dev/null
npx --no-install openapi-typescript "$document" -o skillify.d.ts

cat > client.ts <<'TS'
import createClient from "openapi-fetch";
import type { paths } from "./skillify";

const api = createClient<paths>({
  baseUrl: "http://localhost:8080",
  headers: { Authorization: "Bearer bld_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" },
});

export async function tour(): Promise<void> {
  const workspace = await api.POST("/api/workspaces", { body: { name: "Docs" } });
  const workspaceId: string = workspace.data!.data!.id!;

  const automation = await api.POST("/api/{workspaceId}/automations", {
    params: { path: { workspaceId } },
    body: {
      name: "Hello",
      description: "From a generated client",
      flow: {
        nodes: [
          { id: "start", type: "trigger.manual", position: { x: 0, y: 0 }, data: {} },
          { id: "shape", type: "data.transform", data: { set: { greeting: "'hello'" } } },
        ],
        edges: [{ id: "e1", source: "start", target: "shape" }],
      },
    },
  });
  const automationId: string = automation.data!.data!.id!;
  const nodes: { id: string; type: string }[] = automation.data!.data!.flow!.nodes;
  console.log(nodes.length);

  await api.PUT("/api/{workspaceId}/automations/{automationId}/flow", {
    params: { path: { workspaceId, automationId } },
    body: { flow: { nodes: [{ id: "start", type: "trigger.manual" }], edges: [] }, expectedVersion: 1 },
  });

  const run = await api.POST("/api/{workspaceId}/automations/{automationId}/runs", {
    params: { path: { workspaceId, automationId } },
    body: { input: { amount: 120 } },
  });
  const runId: string = run.data!.data!.id!;
  const read = await api.GET("/api/{workspaceId}/runs/{runId}", { params: { path: { workspaceId, runId } } });
  console.log(read.data?.data?.status);

  const runs = await api.GET("/api/{workspaceId}/automations/{automationId}/runs", {
    params: { path: { workspaceId, automationId }, query: { limit: 10 } },
  });
  console.log(runs.data?.nextCursor);

  await api.POST("/api/tasks", {
    body: { workspaceId, title: "Review", requiredCapabilities: ["review"], context: { pr: 1 } },
  });
  const claim = await api.POST("/api/workers/claim", { body: { workspaceId, capabilities: ["review"], maxTasks: 1 } });
  console.log(claim.data);
  await api.PATCH("/api/workers/{workerId}", {
    params: { path: { workerId: "0190c5d0-0000-7000-8000-000000000000" } },
    body: { status: "completed", progress: 100, output: { ok: true } },
  });

  const failed = await api.GET("/api/{workspaceId}/automations/{automationId}", {
    params: { path: { workspaceId, automationId } },
  });
  if (failed.error) {
    console.log(failed.error.error, failed.error.details?.[0]?.path);
  }
}
TS

npx --no-install tsc --strict --noEmit --target es2022 --module nodenext --moduleResolution nodenext \
  --skipLibCheck client.ts
echo "check-client: a client generated from $document compiles"

// Stands in for @aws-sdk/credential-provider-node in the deployed bundles (an esbuild alias in
// infra/pipeline-function.ts). Lambda hands a function its role's credentials in the environment
// (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), so the default chain's other sources — shared
// files, SSO, web identity, the instance metadata service, and the STS/SSO clients they bring — never run
// there, yet cost every cold start their loading (about a third of the authorizer's bundle). Tests, the CLI
// and the local runtime keep the SDK's full chain: the alias applies to the Lambda bundles only.

import { fromEnv } from '@aws-sdk/credential-provider-env';

export const defaultProvider = (init?: Parameters<typeof fromEnv>[0]) => fromEnv(init);

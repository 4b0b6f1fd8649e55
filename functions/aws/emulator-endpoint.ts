// Client settings for an emulator endpoint (local runtime, tests). On AWS no endpoint is set and the
// SDK's defaults apply: region and credentials from the Lambda environment.

/** s3rver accepts only these credentials; dynalite and DynamoDB Local accept any. */
const EMULATOR_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export function emulatorSettings(endpoint: string | undefined) {
  if (!endpoint) return {};
  return {
    endpoint,
    region: process.env.AWS_REGION ?? 'us-east-1',
    credentials: EMULATOR_CREDENTIALS,
  };
}

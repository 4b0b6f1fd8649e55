#!/usr/bin/env bash
# Fidelity suite: the integration tests again, against the official DynamoDB Local instead of dynalite.
# DynamoDB Local ships inside the npm package amplify-dynamodb-simulator (its emulator/ folder); it is
# fetched here, not installed as a project dependency. Needs Java 17+.
set -euo pipefail
cd "$(dirname "$0")/.."

version=2.9.30
dir=.tools/dynamodb-local-$version
if [ ! -f "$dir/DynamoDBLocal.jar" ]; then
  echo "Fetching DynamoDB Local (amplify-dynamodb-simulator@$version) ..."
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent "amplify-dynamodb-simulator@$version" >/dev/null)
  mkdir -p "$dir"
  tar -xzf "$tmp"/amplify-dynamodb-simulator-$version.tgz -C "$tmp" package/emulator
  cp -R "$tmp"/package/emulator/. "$dir"/
  rm -rf "$tmp"
fi

port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
# Run from its own folder: DynamoDB Local writes a metadata file into the working directory.
(cd "$dir" && exec java -Djava.library.path=DynamoDBLocal_lib -jar DynamoDBLocal.jar -inMemory -port "$port") >.tools/dynamodb-local.log 2>&1 &
java_pid=$!
trap 'kill $java_pid 2>/dev/null || true' EXIT

for _ in $(seq 1 60); do
  if curl -s -o /dev/null "http://127.0.0.1:$port"; then break; fi
  sleep 0.5
done
echo "DynamoDB Local listening on port $port"

DYNAMODB_ENDPOINT="http://127.0.0.1:$port" npx vitest run tests/integration --exclude tests/integration/lambda-bundles.test.ts

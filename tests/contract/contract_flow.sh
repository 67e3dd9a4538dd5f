#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Contract check: runs invoicedesk-cli through every seed flow against a recording sandbox, then
# validates each recorded request against the bundled OpenAPI files and checks the request count.
#   contract_flow.sh SANDBOX CLI VALIDATOR SPEC_DIR
set -euo pipefail

sandbox_bin=$1 cli_bin=$2 validator=$3 spec_dir=$4
work=$(mktemp -d)
sandbox_pid=
cleanup() {
    if [ -n "$sandbox_pid" ]; then kill "$sandbox_pid" 2>/dev/null || true; wait "$sandbox_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

record="$work/requests.jsonl"
"$sandbox_bin" --port 0 --record "$record" >"$work/hello" 2>"$work/sandbox.log" &
sandbox_pid=$!
for _ in $(seq 100); do
    [ -s "$work/hello" ] && break
    sleep 0.1
done
hello=$(head -n 1 "$work/hello")
[ -n "$hello" ] || { echo "the sandbox printed no hello line"; cat "$work/sandbox.log"; exit 1; }

field() { /usr/bin/python3 -c 'import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])' "$hello" "$1"; }
export INVOICEDESK_BASE_URL=$(field baseUrl) INVOICEDESK_ENVIRONMENT=sandbox
export INVOICEDESK_CLIENT_ID=$(field clientId) INVOICEDESK_CLIENT_SECRET=$(field clientSecret)
export INVOICEDESK_SUBSCRIPTION_KEY=$(field subscriptionKey) INVOICEDESK_MSN=$(field msn)

expected=0
# Every CLI run fetches its own token, then makes one API call (the token command only the first).
cli() {
    local calls=$1; shift
    if ! "$cli_bin" --json "$@" >"$work/last.json" 2>"$work/last.err"; then
        echo "invoicedesk-cli $* failed:"; cat "$work/last.json" "$work/last.err"; exit 1
    fi
    expected=$((expected + calls))
}
json() { /usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))
for k in sys.argv[2].split("."): d=d[k]
print(d)' "$work/last.json" "$1"; }

cat >"$work/receipt.json" <<'JSON'
{"orderLines":[{"name":"Konsulenttimer","id":"L1","totalAmount":125000,"totalAmountExcludingTax":100000,
  "totalTaxAmount":25000,"taxRate":2500,"unitInfo":{"unitPrice":125000,"quantity":"1","quantityUnit":"PCS"}}],
 "bottomLine":{"currency":"NOK","receiptNumber":"000123"}}
JSON
expires=$(date -u -d '+2 days' +%Y-%m-%dT%H:%M:%SZ)
phone=4791234567
run=$(date +%s)

# Checking the keys.
cli 1 token

# Seed flow 1, push to a known number: category, long-living push with receipt, approve, follow, capture, refund.
push="contract-push-$run"
cli 2 category set "$push" --url "https://example.com/invoices/$push" --category GENERAL
cli 2 payment create --reference "$push" --amount 125000 --flow push --phone "$phone" \
    --description "Faktura 000123" --expires-at "$expires" --receipt "$work/receipt.json"
cli 2 payment approve "$push" --phone "$phone"
cli 2 payment get "$push"
[ "$(json state)" = AUTHORIZED ] || { echo "push payment not authorized"; exit 1; }
cli 2 payment events "$push"
cli 2 payment capture "$push" --amount 125000
cli 2 payment refund "$push" --amount 25000

# A push the merchant cancels before the customer acts (cancel only if not authorized).
cancelled="contract-cancel-$run"
cli 2 payment create --reference "$cancelled" --amount 5000 --flow push --phone "$phone"
cli 2 payment cancel "$cancelled" --only-if-not-authorized
[ "$(json state)" = TERMINATED ] || { echo "cancelled payment not terminated"; exit 1; }

# Seed flow 2, one-time link: category, WEB_REDIRECT with a return URL.
link="contract-link-$run"
cli 2 category set "$link" --url "https://example.com/invoices/$link"
cli 2 payment create --reference "$link" --amount 9900 --flow redirect --return-url "https://example.com/paid/$link" \
    --description "Faktura 000124"
cli 2 payment cancel "$link"

# Seed flow 3, QR and learn the number: scope, approve with sharing, sub, Userinfo.
qr="contract-qr-$run"
cli 2 category set "$qr" --url "https://example.com/invoices/$qr"
cli 2 payment create --reference "$qr" --amount 125000 --flow qr --scope phoneNumber --qr-format png \
    --expires-at "$expires" --receipt "$work/receipt.json"
cli 2 payment approve "$qr" --phone "$phone"
cli 2 payment get "$qr"
sub=$(json profile.sub)
[ -n "$sub" ] || { echo "no profile.sub after sharing"; exit 1; }
cli 2 userinfo "$sub"
[ "$(json phone_number)" = "$phone" ] || { echo "userinfo gave the wrong number"; exit 1; }
cli 2 category get "$qr"

kill "$sandbox_pid"; wait "$sandbox_pid" 2>/dev/null || true; sandbox_pid=
/usr/bin/python3 "$validator" --spec-dir "$spec_dir" --expect-count "$expected" "$record"

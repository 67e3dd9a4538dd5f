#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Contract check: runs invoicedesk-cli through every seed flow against a recording sandbox, first with
# the `payment ...` commands and then through the invoice workflows (`invoice ...`, on a book of its
# own), then validates each recorded request against the bundled OpenAPI files and checks the counts.
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

# A fresh sandbox recording to $1, and the CLI's environment pointed at it.
start_sandbox() {
    local record=$1 hello
    rm -f "$work/hello"
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
}
stop_sandbox() {
    kill "$sandbox_pid"; wait "$sandbox_pid" 2>/dev/null || true; sandbox_pid=
}

record="$work/requests.jsonl"
start_sandbox "$record"
# Every CLI run fetches its own token, then makes one API call (the token command only the first).
cli() {
    local calls=$1; shift
    if ! "$cli_bin" --json "$@" >"$work/last.json" 2>"$work/last.err"; then
        echo "invoicedesk-cli $* failed:"; cat "$work/last.json" "$work/last.err"; exit 1
    fi
    expected=$((expected + calls))
}
# A field of the last reply: json results.0.reference.
json() { /usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))
for k in sys.argv[2].split("."): d=d[int(k)] if isinstance(d, list) else d[k]
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

stop_sandbox
/usr/bin/python3 "$validator" --spec-dir "$spec_dir" --expect-count "$expected" "$record"

# The invoice workflows, recorded on their own: what `invoice ...` sends, not what `payment ...` does.
# Each command's count is what it must send; the tracker's first background look comes five seconds
# after a send, long after these commands have ended.
workflows="$work/workflows.jsonl"
start_sandbox "$workflows"
book=(--data-dir "$work/data")
due=$(date -u -d '+30 days' +%d.%m.%Y)
cat >"$work/invoices.csv" <<CSV
Fakturanummer;Kundenummer;Kunde;E-post;Telefon;Beløp;Forfallsdato;Beskrivelse
20001;K1;Kari Nordmann;kari@example.com;+47 912 34 567;1 250,00;$due;Strøm januar
20002;K2;Ola Hansen;ola@example.com;;499,50;$due;Vedlikehold
20003;K3;Per Berg;per@example.com;;99,00;$due;Service
CSV
learned=4790000001 # a sandbox user other than Kari, who shares the number when asked
cli 0 "${book[@]}" invoice import "$work/invoices.csv"
[ "$(json imported)" = 3 ] || { echo "the invoices were not imported"; exit 1; }
cli 0 "${book[@]}" customer consent K1 --phone "$phone" --by "Contract check"

# Each send: category with the invoice link, then the request (push, one-time link learning the number, QR).
cli 3 "${book[@]}" invoice send 20001 --flow push
pushed=$(json results.0.reference)
cli 3 "${book[@]}" invoice send 20002 --flow link --learn-phone
linked=$(json results.0.reference)
cli 3 "${book[@]}" invoice send 20003 --flow qr
[ "$(json sent)" = 1 ] || { echo "the QR request was not sent"; exit 1; }

cli 2 payment approve "$pushed" --phone "$phone"
cli 2 payment approve "$linked" --phone "$learned"
# One look at each of the three open requests; the two paid are captured, and the link's number is
# learned first (the payment again for the profile's sub, then Userinfo).
cli 8 "${book[@]}" invoice check --capture
[ "$(json checked.0.captured)" = 125000 ] || { echo "the push payment was not captured"; exit 1; }
[ "$(json checked.1.captured)" = 49950 ] || { echo "the link payment was not captured"; exit 1; }
cli 0 "${book[@]}" customer list
[ "$(json customers.1.phone)" = "$learned" ] || { echo "the phone number was not learned"; exit 1; }

cli 2 "${book[@]}" invoice refund 20001 --amount 25000
[ "$(json refunded)" = 25000 ] || { echo "the refund did not go through"; exit 1; }
cli 2 "${book[@]}" invoice cancel 20003
[ "$(json vippsState)" = TERMINATED ] || { echo "the QR request was not cancelled"; exit 1; }
# The status ends with Vipps' event log of the latest request.
cli 2 "${book[@]}" invoice status 20001
stop_sandbox

flows=$(/usr/bin/python3 -c 'import json,sys
flows = {json.loads(line)["body"]["userFlow"] for line in open(sys.argv[1])
         if line.strip() and json.loads(line)["path"] == "/epayment/v1/payments"}
print(" ".join(sorted(flows)))' "$workflows")
[ "$flows" = "PUSH_MESSAGE QR WEB_REDIRECT" ] || { echo "the workflows created these flows only: $flows"; exit 1; }
operations=()
for operation in put-category-v2 createPayment getPayment getPaymentEventLog capturePayment refundPayment \
        cancelPayment getUserinfo; do
    operations+=(--expect-operation "$operation")
done
/usr/bin/python3 "$validator" --spec-dir "$spec_dir" --expect-count "$expected" "${operations[@]}" "$workflows"

#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Unit tests for validate_requests.py: it must accept what the spec allows and reject the seed's mistakes."""

import copy
import json
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import validate_requests  # noqa: E402

SPEC_DIR = os.environ.get("INVOICEDESK_SPEC_DIR", validate_requests.DEFAULT_SPEC_DIR)
SYSTEM = {"Vipps-System-Name": "invoicedesk", "Vipps-System-Version": "0.1.0",
          "Vipps-System-Plugin-Name": "invoicedesk-desktop", "Vipps-System-Plugin-Version": "0.1.0"}
API = dict(SYSTEM, **{"Authorization": "<redacted>", "Ocp-Apim-Subscription-Key": "<redacted>",
                      "Merchant-Serial-Number": "123456"})

CREATE = {
    "method": "POST", "path": "/epayment/v1/payments", "query": {},
    "headers": dict(API, **{"Idempotency-Key": "create-acme-inv-000123", "Content-Type": "application/json"}),
    "body": {"amount": {"currency": "NOK", "value": 125000}, "paymentMethod": {"type": "WALLET"},
             "customer": {"phoneNumber": "4791234567"}, "reference": "acme-inv-2024-000123",
             "userFlow": "PUSH_MESSAGE", "paymentDescription": "Faktura 000123",
             "expiresAt": "2024-06-30T21:59:59Z",
             "receipt": {"orderLines": [{"name": "Konsulenttimer", "id": "L1", "totalAmount": 125000,
                                         "totalAmountExcludingTax": 100000, "totalTaxAmount": 25000,
                                         "taxRate": 2500}],
                         "bottomLine": {"currency": "NOK", "receiptNumber": "000123"}}},
}
TOKEN = {"method": "POST", "path": "/accesstoken/get", "query": {}, "body": None,
         "headers": dict(SYSTEM, **{"client_id": "abc", "client_secret": "<redacted>",
                                    "Ocp-Apim-Subscription-Key": "<redacted>", "Merchant-Serial-Number": "123456"})}
CATEGORY = {"method": "PUT", "path": "/order-management/v2/ecom/categories/acme-inv-2024-000123", "query": {},
            "headers": dict(API, **{"Content-Type": "application/json"}),
            "body": {"category": "GENERAL", "orderDetailsUrl": "https://example.com/invoices/123"}}


class ValidatorTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.operations = validate_requests.load_operations(SPEC_DIR)

    def check(self, record):
        return validate_requests.validate_request(self.operations, record)

    def assertValid(self, record, operation_id):
        found, problems = self.check(record)
        self.assertEqual(found, operation_id)
        self.assertEqual(problems, [])

    def assertInvalid(self, record, fragment):
        _, problems = self.check(record)
        self.assertTrue(any(fragment in problem for problem in problems), problems)

    def test_spec_conformant_requests_pass(self):
        self.assertValid(CREATE, "createPayment")
        self.assertValid(TOKEN, "fetchAuthorizationTokenUsingPost")
        self.assertValid(CATEGORY, "put-category-v2")
        cancel = {"method": "POST", "path": "/epayment/v1/payments/acme-inv-2024-000123/cancel", "query": {},
                  "headers": dict(API, **{"Idempotency-Key": "cancel-1", "Content-Type": "application/json"}),
                  "body": {"cancelTransactionOnly": True}}
        self.assertValid(cancel, "cancelPayment")
        cancel_without_body = dict(cancel, body=None)
        self.assertValid(cancel_without_body, "cancelPayment")
        get = {"method": "GET", "path": "/epayment/v1/payments/acme-inv-2024-000123", "query": {},
               "headers": dict(API), "body": None}
        self.assertValid(get, "getPayment")
        userinfo = {"method": "GET", "path": "/vipps-userinfo-api/userinfo/c06c4afe-d9e1-4c5d-939a-177d752a0944",
                    "query": {}, "headers": dict(API), "body": None}
        self.assertValid(userinfo, "getUserinfo")

    def test_seed_mistakes_are_caught(self):
        lowercase_wallet = copy.deepcopy(CREATE)
        lowercase_wallet["body"]["paymentMethod"]["type"] = "wallet"
        self.assertInvalid(lowercase_wallet, "'wallet' is not one of")
        numeric_phone = copy.deepcopy(CREATE)
        numeric_phone["body"]["customer"]["phoneNumber"] = 4791234567
        self.assertInvalid(numeric_phone, "body['customer']")
        receipt_number_outside = copy.deepcopy(CREATE)
        del receipt_number_outside["body"]["receipt"]["bottomLine"]
        self.assertInvalid(receipt_number_outside, "'bottomLine' is a required property")

    def test_headers_are_checked(self):
        no_key = copy.deepcopy(CREATE)
        del no_key["headers"]["Idempotency-Key"]
        self.assertInvalid(no_key, "missing required header parameter Idempotency-Key")
        long_system = copy.deepcopy(CREATE)
        long_system["headers"]["Vipps-System-Plugin-Name"] = "x" * 31
        self.assertInvalid(long_system, "Vipps-System-Plugin-Name")
        bad_msn = copy.deepcopy(CREATE)
        bad_msn["headers"]["Merchant-Serial-Number"] = "12"
        self.assertInvalid(bad_msn, "Merchant-Serial-Number")
        no_auth = copy.deepcopy(CATEGORY)
        del no_auth["headers"]["Authorization"]
        self.assertInvalid(no_auth, "Authorization")
        lower_case_names = copy.deepcopy(CREATE)
        lower_case_names["headers"] = {name.lower(): value for name, value in CREATE["headers"].items()}
        self.assertValid(lower_case_names, "createPayment")

    def test_paths_and_bodies(self):
        unknown = dict(TOKEN, path="/accesstoken/refresh")
        found, problems = self.check(unknown)
        self.assertIsNone(found)
        self.assertTrue(problems)
        bad_reference = dict(CATEGORY, path="/order-management/v2/ecom/categories/bad%20ref")
        self.assertInvalid(bad_reference, "path parameter orderId")
        bad_type = dict(CATEGORY, path="/order-management/v2/epayment/categories/acme-1")
        self.assertInvalid(bad_type, "path parameter paymentType")
        token_with_body = dict(TOKEN, body={"client_id": "abc"})
        self.assertInvalid(token_with_body, "takes none")
        missing_body = dict(CATEGORY, body=None)
        found, problems = self.check(missing_body)
        self.assertEqual(found, "put-category-v2")
        not_json = dict(CATEGORY, bodyText="category=GENERAL")
        del not_json["body"]
        self.assertInvalid(not_json, "not JSON")
        extra_cancel = {"method": "POST", "path": "/epayment/v1/payments/acme-inv-2024-000123/cancel", "query": {},
                        "headers": dict(API, **{"Idempotency-Key": "k", "Content-Type": "application/json"}),
                        "body": {"cancelTransactionOnly": True, "reason": "x"}}
        self.assertInvalid(extra_cancel, "Additional properties")

    def test_nullable_is_converted(self):
        schema = validate_requests.to_json_schema({"type": "string", "nullable": True, "enum": ["A"],
                                                   "example": "A", "x-note": 1})
        self.assertEqual(schema, {"type": ["string", "null"], "enum": ["A", None]})
        nullable_image = copy.deepcopy(CATEGORY)
        nullable_image["body"]["imageId"] = None
        self.assertValid(nullable_image, "put-category-v2")

    def test_main_counts_and_fails(self):
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as handle:
            handle.write(json.dumps(CREATE) + "\n" + json.dumps(TOKEN) + "\n")
            path = handle.name
        try:
            self.assertEqual(validate_requests.main(["--spec-dir", SPEC_DIR, path]), 0)
            self.assertEqual(validate_requests.main(["--spec-dir", SPEC_DIR, "--expect-count", "3", path]), 1)
            with open(path, "a", encoding="utf-8") as handle:
                bad = copy.deepcopy(CREATE)
                bad["body"]["paymentMethod"]["type"] = "wallet"
                handle.write(json.dumps(bad) + "\n")
            self.assertEqual(validate_requests.main(["--spec-dir", SPEC_DIR, path]), 1)
        finally:
            os.unlink(path)

    def test_main_expects_operations(self):
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as handle:
            handle.write(json.dumps(CREATE) + "\n" + json.dumps(TOKEN) + "\n")
            path = handle.name
        try:
            args = ["--spec-dir", SPEC_DIR, "--expect-operation", "createPayment"]
            self.assertEqual(validate_requests.main(args + ["--expect-operation", "fetchAuthorizationTokenUsingPost",
                                                            path]), 0)
            self.assertEqual(validate_requests.main(args + ["--expect-operation", "capturePayment", path]), 1)
            self.assertEqual(validate_requests.main(args + ["--expect-operation", "no-such-operation", path]), 1)
        finally:
            os.unlink(path)


if __name__ == "__main__":
    unittest.main()

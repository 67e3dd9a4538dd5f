#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks requests recorded by `invoicedesk-sandbox --record FILE` against the OpenAPI contract.

Each recorded line ({method, path, query, headers, body}) is matched to one operation of the bundled
specs (access token, ePayment, Order Management, Userinfo). Its required header, path and query
parameters must be present and valid against their schemas, and its body must validate against the
operation's requestBody schema (OpenAPI 3.0 converted to JSON Schema draft 4, local $refs resolved).
Values the sandbox redacted ("<redacted>") are only checked for presence.
"""

import argparse
import collections
import copy
import json
import os
import re
import sys
import urllib.parse

import jsonschema
import yaml

SPEC_FILES = ["access-token.yaml", "epayment.v1.yml", "order-management.yaml", "userinfo.yaml"]
# The vendored copies (third_party/vipps-openapi/README.md says where they come from).
DEFAULT_SPEC_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "third_party",
                                "vipps-openapi", "bundled")
REDACTED = "<redacted>"
METHODS = ["get", "put", "post", "delete", "patch"]
# OpenAPI keywords JSON Schema draft 4 does not know, or that only document.
DROPPED_KEYWORDS = {"nullable", "example", "examples", "discriminator", "xml", "externalDocs", "deprecated",
                    "readOnly", "writeOnly"}


def resolve_refs(document, node, depth=0):
    """Returns `node` with every local $ref replaced by a copy of its target."""
    if depth > 60:
        raise ValueError("$ref nesting too deep (a recursive schema?)")
    if isinstance(node, dict):
        if "$ref" in node:
            ref = node["$ref"]
            if not ref.startswith("#/"):
                raise ValueError("only local $refs are supported: %s" % ref)
            target = document
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            return resolve_refs(document, target, depth + 1)
        return {key: resolve_refs(document, value, depth + 1) for key, value in node.items()}
    if isinstance(node, list):
        return [resolve_refs(document, item, depth + 1) for item in node]
    return node


def to_json_schema(schema):
    """Converts an OpenAPI 3.0 schema object (refs already resolved) to JSON Schema draft 4."""
    if isinstance(schema, list):
        return [to_json_schema(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out = {}
    for key, value in schema.items():
        if key in DROPPED_KEYWORDS or key.startswith("x-"):
            continue
        if key in ("properties", "patternProperties", "definitions"):
            out[key] = {name: to_json_schema(sub) for name, sub in value.items()}
        elif key in ("items", "additionalProperties", "not", "allOf", "anyOf", "oneOf"):
            out[key] = to_json_schema(value)
        else:
            out[key] = copy.deepcopy(value)
    if schema.get("nullable") is True:
        if "type" in out:
            types = out["type"] if isinstance(out["type"], list) else [out["type"]]
            out["type"] = types + ["null"]
        if "enum" in out and None not in out["enum"]:
            out["enum"] = out["enum"] + [None]
        for combiner in ("oneOf", "anyOf"):
            if combiner in out:
                out[combiner] = out[combiner] + [{"type": "null"}]
    return out


class Operation:
    def __init__(self, spec_name, method, base_path, template, path_item, operation, document):
        self.spec_name = spec_name
        self.method = method.upper()
        self.template = base_path + template
        self.operation_id = operation.get("operationId", "%s %s" % (self.method, self.template))
        self.literal_length = len(re.sub(r"\{[^}]+\}", "", self.template))
        pattern = re.sub(r"\\\{([^}]+)\\\}", lambda m: "(?P<%s>[^/]+)" % re.sub(r"\W", "_", m.group(1)),
                         re.escape(self.template))
        self.regex = re.compile("^" + pattern + "$")
        self.path_names = {re.sub(r"\W", "_", name): name for name in re.findall(r"\{([^}]+)\}", self.template)}
        parameters = {}
        for parameter in resolve_refs(document, path_item.get("parameters", [])) + \
                resolve_refs(document, operation.get("parameters", [])):
            parameters[(parameter["name"].lower(), parameter["in"])] = parameter
        self.parameters = list(parameters.values())
        security = operation.get("security", document.get("security", []))
        self.needs_authorization = any(requirement for requirement in security) if security else False
        if self.needs_authorization:
            schemes = document.get("components", {}).get("securitySchemes", {})
            self.authorization_headers = set()
            for requirement in security:
                for scheme_name in requirement:
                    scheme = schemes.get(scheme_name, {})
                    if scheme.get("type") == "http" or scheme.get("in") == "header":
                        self.authorization_headers.add(scheme.get("name", "Authorization").lower())
        body = operation.get("requestBody")
        self.body_required = False
        self.body_schema = None
        self.has_body = body is not None
        if body is not None:
            body = resolve_refs(document, body)
            self.body_required = bool(body.get("required", False))
            content = body.get("content", {})
            media = content.get("application/json") or next(iter(content.values()), {})
            if "schema" in media:
                self.body_schema = to_json_schema(media["schema"])


def load_operations(spec_dir):
    operations = []
    for file_name in SPEC_FILES:
        with open(os.path.join(spec_dir, file_name), encoding="utf-8") as handle:
            document = yaml.safe_load(handle)
        servers = document.get("servers") or [{"url": ""}]
        base_path = urllib.parse.urlparse(servers[0]["url"]).path.rstrip("/")
        for template, path_item in document.get("paths", {}).items():
            for method in METHODS:
                if method in path_item:
                    operations.append(Operation(file_name, method, base_path, template, path_item,
                                                path_item[method], document))
    return operations


def schema_errors(schema, value, where):
    validator = jsonschema.Draft4Validator(schema)
    return ["%s%s: %s" % (where, "".join("[%r]" % part for part in error.absolute_path), error.message)
            for error in sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path))]


def find_operation(operations, method, path):
    matches = [(op, op.regex.match(path)) for op in operations if op.method == method]
    matches = [(op, match) for op, match in matches if match]
    if not matches:
        return None, None
    return max(matches, key=lambda pair: pair[0].literal_length)


def validate_request(operations, record):
    """Returns (operation id or None, list of problems) for one recorded request."""
    method = record.get("method", "").upper()
    path = record.get("path", "")
    operation, match = find_operation(operations, method, path)
    if operation is None:
        return None, ["%s %s matches no operation in the specs" % (method, path)]
    problems = []
    headers = {name.lower(): value for name, value in (record.get("headers") or {}).items()}
    query = record.get("query") or {}
    for parameter in operation.parameters:
        name, location = parameter["name"], parameter["in"]
        schema = to_json_schema(parameter.get("schema", {}))
        if location == "header":
            value = headers.get(name.lower())
        elif location == "query":
            value = query.get(name)
        elif location == "path":
            value = urllib.parse.unquote(match.group(re.sub(r"\W", "_", name)))
        else:
            continue
        if value is None:
            if parameter.get("required", False):
                problems.append("missing required %s parameter %s" % (location, name))
            continue
        if value == REDACTED:
            continue
        problems += schema_errors(schema, value, "%s parameter %s" % (location, name))
    if operation.needs_authorization:
        for header in operation.authorization_headers:
            if header not in headers:
                problems.append("missing %s header" % header)
    body = record.get("body")
    if "bodyText" in record:
        problems.append("body is not JSON: %r" % record["bodyText"][:80])
    elif body is None:
        if operation.body_required:
            problems.append("missing required request body")
    elif not operation.has_body:
        problems.append("a body was sent, but the operation takes none")
    else:
        content_type = headers.get("content-type", "")
        if not content_type.startswith("application/json"):
            problems.append("body sent with Content-Type %r, not application/json" % content_type)
        if operation.body_schema is not None:
            problems += schema_errors(operation.body_schema, body, "body")
    return operation.operation_id, problems


def read_records(paths):
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    yield "%s:%d" % (path, number), json.loads(line)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("records", nargs="+", help="JSON-lines files written by invoicedesk-sandbox --record")
    parser.add_argument("--spec-dir", default=DEFAULT_SPEC_DIR, help="folder with the bundled OpenAPI files")
    parser.add_argument("--expect-count", type=int, help="fail unless exactly this many requests were recorded")
    parser.add_argument("--expect-operation", action="append", default=[], metavar="OPERATION_ID",
                        help="fail unless this operation was recorded at least once (repeatable)")
    args = parser.parse_args(argv)

    operations = load_operations(args.spec_dir)
    counts = collections.Counter()
    failures = 0
    total = 0
    for where, record in read_records(args.records):
        total += 1
        operation_id, problems = validate_request(operations, record)
        counts[operation_id or "(unmatched)"] += 1
        for problem in problems:
            failures += 1
            print("%s: %s %s: %s" % (where, record.get("method"), record.get("path"), problem))
    for operation_id, count in sorted(counts.items()):
        print("%4d  %s" % (count, operation_id))
    print("%d request(s), %d problem(s)" % (total, failures))
    missing = [operation_id for operation_id in args.expect_operation if counts[operation_id] == 0]
    for operation_id in missing:
        print("expected at least one %s request, recorded none" % operation_id)
    if args.expect_count is not None and total != args.expect_count:
        print("expected %d request(s), recorded %d" % (args.expect_count, total))
        return 1
    if missing:
        return 1
    return 1 if failures or total == 0 else 0


if __name__ == "__main__":
    sys.exit(main())

"""Validates every example in api.yaml against its schema (OpenAPI 3.0 semantics).

Covers media-type examples of request bodies and responses, parameter and header
examples, and `example` values of schemas and their properties. Exits non-zero and lists
every example that does not validate.
"""
import sys

import yaml
from openapi_schema_validator import OAS30Validator


def main(path):
    spec = yaml.safe_load(open(path, encoding="utf-8"))

    def resolve(node):
        """Inlines local $refs so that the validator sees whole schemas."""
        if isinstance(node, dict):
            if "$ref" in node:
                target = spec
                for part in node["$ref"].lstrip("#/").split("/"):
                    target = target[part]
                return resolve(target)
            return {key: resolve(value) for key, value in node.items()}
        if isinstance(node, list):
            return [resolve(item) for item in node]
        return node

    checked, failures = 0, []

    def check(where, schema, example):
        nonlocal checked
        checked += 1
        errors = list(OAS30Validator(resolve(schema)).iter_errors(example))
        for error in errors:
            failures.append(f"{where}: {error.message}")

    def walk_schema(where, schema):
        schema = resolve(schema)
        if "example" in schema:
            check(f"{where} example", {k: v for k, v in schema.items() if k != "example"},
                  schema["example"])
        for name, child in schema.get("properties", {}).items():
            walk_schema(f"{where}.{name}", child)
        if "items" in schema:
            walk_schema(f"{where}[]", schema["items"])

    for name, schema in spec["components"]["schemas"].items():
        walk_schema(f"components.schemas.{name}", schema)

    def walk_content(where, content):
        for media, body in content.items():
            if "example" in body:
                check(f"{where} {media} example", body["schema"], body["example"])
            for key, named in body.get("examples", {}).items():
                check(f"{where} {media} examples.{key}", body["schema"], resolve(named)["value"])

    for path, item in spec["paths"].items():
        shared = item.get("parameters", [])
        for method, operation in item.items():
            if method == "parameters":
                continue
            where = f"{method.upper()} {path}"
            for parameter in shared + operation.get("parameters", []):
                parameter = resolve(parameter)
                if "example" in parameter:
                    check(f"{where} parameter {parameter['name']}", parameter["schema"],
                          parameter["example"])
                walk_schema(f"{where} parameter {parameter['name']}", parameter["schema"])
            if "requestBody" in operation:
                walk_content(f"{where} request", resolve(operation["requestBody"])["content"])
            for status, response in operation["responses"].items():
                response = resolve(response)
                walk_content(f"{where} {status}", response.get("content", {}))
                for header, spec_header in response.get("headers", {}).items():
                    walk_schema(f"{where} {status} header {header}", spec_header["schema"])

    for failure in failures:
        print("example does not match its schema:", failure)
    print(f"{checked} examples checked, {len(failures)} invalid")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "api.yaml"))

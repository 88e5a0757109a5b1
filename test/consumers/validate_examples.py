"""Validate every example of the given event schemas with Python's jsonschema (Draft7Validator).

Usage: python3 validate_examples.py [--bundle bundle.json] EVENT_SCHEMA.json...

Each event schema is checked against the draft-07 meta-schema, then each of its
`examples` is validated against it and, with --bundle, against the bundle's
definition named by the event's title. Prints a JSON summary on stdout; exits 1
when anything failed.
"""

import argparse
import json
import os
import sys
from importlib.metadata import version

from jsonschema import Draft7Validator
from jsonschema.exceptions import SchemaError


def read(path):
    with open(path, encoding="utf-8") as file:
        return json.load(file)


def problems(validator, payload):
    return [f"{'/'.join(map(str, error.absolute_path)) or '(root)'}: {error.message}" for error in validator.iter_errors(payload)]


def validator_for(schema):
    Draft7Validator.check_schema(schema)
    return Draft7Validator(schema, format_checker=Draft7Validator.FORMAT_CHECKER)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundle")
    parser.add_argument("schemas", nargs="+")
    args = parser.parse_args()
    bundle = read(args.bundle) if args.bundle else None
    summary = {"jsonschema": version("jsonschema"), "events": 0, "examples": 0, "bundleExamples": 0, "failures": []}
    for path in args.schemas:
        schema = read(path)
        name = os.path.basename(path)
        summary["events"] += 1
        checks = [("examples", name, schema)]
        if bundle is not None:
            title = schema.get("title")
            if title not in bundle.get("definitions", {}):
                summary["failures"].append(f"bundle: no definition {title} for {name}")
            else:
                # The bundle's own document, entered at the event's definition, so its local $refs resolve.
                checks.append(("bundleExamples", f"bundle#/definitions/{title}", {**bundle, "$ref": f"#/definitions/{title}"}))
        for counter, label, checked in checks:
            try:
                validator = validator_for(checked)
            except SchemaError as error:
                summary["failures"].append(f"{label}: invalid schema: {error.message}")
                continue
            for i, example in enumerate(schema.get("examples", [])):
                summary[counter] += 1
                summary["failures"].extend(f"{label} examples[{i}] {problem}" for problem in problems(validator, example))
    json.dump(summary, sys.stdout, indent=2)
    print()
    return 1 if summary["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Checks a FHIR R4 export with a validator independent of carnet: the R4B models of
PyPI's fhir.resources 8.3.0 (its default models are R5 and reject R4 shapes; R4B keeps
R4's), which check types, cardinality and required elements; then that every reference
resolves inside the export (a Bundle's entries by fullUrl, NDJSON files by Type/id).

Usage: fhir-validate.py EXPORT   (a Bundle JSON file, or a folder of .ndjson files)
Prints "N resources valid, M references resolved" and exits 0, or lists each problem
and exits 1.
"""
import json
import os
import sys

from fhir.resources.R4B import get_fhir_model_class


def references(value, path=""):
    """Every Reference.reference in a resource, with where it is."""
    if isinstance(value, dict):
        for key, item in value.items():
            where = f"{path}.{key}" if path else key
            if key == "reference" and isinstance(item, str):
                yield where, item
            else:
                yield from references(item, where)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from references(item, f"{path}[{index}]")


def validate(resource, label, problems):
    try:
        get_fhir_model_class(resource["resourceType"]).model_validate(resource)
    except Exception as error:  # the validator's message says what and where
        problems.append(f"{label}: {error}")


def main(path):
    problems = []
    resources = []  # (label, resource)
    names = set()
    if os.path.isdir(path):
        for name in sorted(os.listdir(path)):
            with open(os.path.join(path, name), encoding="utf-8") as handle:
                for number, line in enumerate(handle, 1):
                    resource = json.loads(line)
                    if f"{resource['resourceType']}.ndjson" != name:
                        problems.append(f"{name} line {number}: a {resource['resourceType']} in the wrong file")
                    resources.append((f"{name} line {number}", resource))
                    names.add(f"{resource['resourceType']}/{resource['id']}")
    else:
        with open(path, encoding="utf-8") as handle:
            bundle = json.load(handle)
        entries = bundle.get("entry", [])
        # The Bundle itself, without its entries (each is checked below, one at a time).
        validate({key: value for key, value in bundle.items() if key != "entry"}, "Bundle", problems)
        for index, entry in enumerate(entries):
            resources.append((f"entry[{index}] {entry['resource']['resourceType']}", entry["resource"]))
            names.add(entry["fullUrl"])
        if len(names) != len(entries):
            problems.append("Bundle: two entries share a fullUrl")
    resolved = 0
    for label, resource in resources:
        validate(resource, label, problems)
        for where, reference in references(resource):
            if reference in names:
                resolved += 1
            else:
                problems.append(f"{label}: {where} {reference} is not in the export")
    if problems:
        print("\n".join(problems))
        return 1
    print(f"{len(resources)} resources valid, {resolved} references resolved")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

#!/usr/bin/env python3
"""Writes the bad-input corpus: one small file per way an input can be wrong, per format where it
makes sense. expected.json (kept by hand) says what Pont must answer for each: exit 2 with one line
naming the file, the location and the fix, or a warning naming what was skipped. Run from this
folder: python3 generate.py. The committed files are the corpus."""
import json

STACK = "urn:pulumi:prod::estate::pulumi:pulumi:Stack::estate-prod"
SA = "urn:pulumi:prod::estate::azure-native:storage:StorageAccount::data"
GONE = "urn:pulumi:prod::estate::pont:storage:ObjectStore::gone"
SCHEMA = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#"

def write(name, text):
    with open(name, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)

def raw(name, data):
    with open(name, "wb") as f:
        f.write(data)

def js(doc):
    return json.dumps(doc, indent=2) + "\n"

def export(resources, version=3):
    return {"version": version, "deployment": {"manifest": {}, "resources": resources}}

stack = {"urn": STACK, "type": "pulumi:pulumi:Stack", "custom": False}
account = {"urn": SA, "type": "azure-native:storage:StorageAccount", "custom": True, "parent": STACK,
           "inputs": {"accountName": "data", "location": "francecentral"}}
pont = {"stack": "estate", "target": "azure", "resources": [
    {"urn": STACK, "type": "pulumi:pulumi:Stack", "name": "estate-prod", "custom": False},
    dict(account, name="data")]}
def step(op, state):
    return {"op": op, "urn": state["urn"], "newState": state}
preview = {"steps": [step("same", stack), step("create", account)], "changeSummary": {"same": 1, "create": 1}}
arm = {"$schema": SCHEMA, "contentVersion": "1.0.0.0", "resources": [
    {"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-01-01", "name": "data", "location": "francecentral",
     "sku": {"name": "Standard_LRS"}, "kind": "StorageV2", "properties": {"minimumTlsVersion": "TLS1_2"}}]}

# Any format: the bytes or the JSON are wrong before a format is known.
write("empty.json", "")
write("blank.json", "  \n\t\n")
write("not-json.json", "resources:\n  - name: data\n")
write("two-documents.json", "{}\n{}\n")
write("array-root.json", "[]\n")
write("unknown-format.json", js({"name": "estate", "items": []}))
write("too-deep.json", "[" * 1001 + "]" * 1001 + "\n")

for fmt, doc in (("pont", pont), ("stack-export", export([stack, account])), ("preview", preview), ("arm", arm)):
    text = js(doc)
    write("truncated.%s.json" % fmt, text[: len(text) * 2 // 3])
    data = text.encode("utf-8")
    at = data.index(b'"data"') + 2
    raw("invalid-utf8.%s.json" % fmt, data[:at] + b"\xc3\x28" + data[at:])

# Wrong version.
write("wrong-version.stack-export.json", js(export([stack], version=4)))
write("version-as-text.stack-export.json", js(dict(export([stack]), version="3")))
write("language-version.arm.json", js(dict(arm, languageVersion="9.0")))
write("parameters-file.arm.json", js({"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
                                      "contentVersion": "1.0.0.0", "parameters": {"name": {"value": "data"}}}))

# Wrong types in known fields.
write("wrong-type-resources.pont.json", js(dict(pont, resources="none")))
write("wrong-type-custom.stack-export.json", js(export([stack, dict(account, custom="yes")])))
write("wrong-type-steps.preview.json", js({"steps": {"create": 1}}))
write("wrong-type-op.preview.json", js({"steps": [{"op": 1, "urn": STACK}]}))
write("wrong-type-name.arm.json", js(dict(arm, resources=[dict(arm["resources"][0], name=42)])))
write("wrong-type-tags.arm.json", js(dict(arm, resources=[dict(arm["resources"][0], tags=["health"])])))
write("wrong-type-depends-on.arm.json", js(dict(arm, resources=[dict(arm["resources"][0], dependsOn=[7])])))
write("missing-type.arm.json", js(dict(arm, resources=[{"name": "data"}])))
write("missing-new-state.preview.json", js({"steps": [step("same", stack), {"op": "create", "urn": SA}]}))
write("name-segments.arm.json", js(dict(arm, resources=[{"type": "Microsoft.Storage/storageAccounts/blobServices/containers",
                                                        "apiVersion": "2023-01-01", "name": "data/cohorts", "properties": {}}])))

# Duplicate URNs.
write("duplicate-urn.pont.json", js(dict(pont, resources=pont["resources"] + [dict(account, name="data")])))
write("duplicate-urn.stack-export.json", js(export([stack, account, account])))
write("duplicate-urn.preview.json", js({"steps": [step("same", stack), step("create", account), step("update", account)]}))
write("duplicate-name.arm.json", js(dict(arm, resources=arm["resources"] * 2)))

# Sound files with one part Pont cannot place: a warning names it, the plan is incomplete.
orphan = dict(account, parent=GONE)
write("dangling-parent.pont.json", js(dict(pont, resources=[pont["resources"][0], dict(orphan, name="data")])))
write("dangling-parent.stack-export.json", js(export([stack, orphan])))
write("dangling-parent.preview.json", js({"steps": [step("same", stack), step("create", orphan)]}))
write("unknown-op.preview.json", js({"steps": [step("same", stack), step("teleport", account)]}))
write("copy-loop.arm.json", js(dict(arm, resources=[dict(arm["resources"][0], name="[concat('data', copyIndex())]",
                                                         copy={"name": "accounts", "count": 3})])))

#!/usr/bin/env python3
"""Sums the counters of every TRX file under a folder and prints 'N passed, N failed[, N skipped]'.
Every failed test is named first, with the first lines of its message, so that a CI log's tail says what failed.
Exits 1 when a test failed, none ran, or no TRX file was written."""
import pathlib
import sys
import xml.etree.ElementTree as ET

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
folder = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "artifacts/test-results")
passed = failed = skipped = 0
files = sorted(folder.rglob("*.trx"))
for trx in files:
    root = ET.parse(trx).getroot()
    for result in root.iterfind("t:Results/t:UnitTestResult", NS):
        if result.get("outcome") in ("Passed", "NotExecuted"):
            continue
        message = result.findtext("t:Output/t:ErrorInfo/t:Message", default="", namespaces=NS).strip()
        print(f"FAILED {result.get('testName')} ({result.get('outcome')})")
        for line in message.splitlines()[:6]:
            print(f"    {line}")
    counters = root.find("t:ResultSummary/t:Counters", NS)
    if counters is None:
        continue
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0)) + int(counters.get("aborted", 0))
    skipped += int(counters.get("notExecuted", 0))

line = f"{passed} passed, {failed} failed"
if skipped:
    line += f", {skipped} skipped"
print(line)
sys.exit(1 if failed or passed == 0 or not files else 0)

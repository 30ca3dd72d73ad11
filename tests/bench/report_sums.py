#!/usr/bin/env python3
"""The Python side of report_benchmark: reads every gzipped DMARC aggregate report under FOLDER with gzip and
xml.etree.ElementTree and prints the same sums as the C++ side (messages, and per header_from domain the messages
and the DMARC passes: aligned DKIM or aligned SPF pass), then the seconds it took.

    report_sums.py FOLDER
"""
import gzip
import os
import sys
import time
import xml.etree.ElementTree as ET


def local(tag):
    return tag.rsplit("}", 1)[-1]


def child(element, name):
    for c in element:
        if local(c.tag) == name:
            return c
    return None


def text(element, name):
    c = child(element, name)
    return (c.text or "").strip() if c is not None else ""


def main():
    folder = sys.argv[1]
    start = time.perf_counter()
    messages = 0
    domains = {}
    for root, _, files in os.walk(folder):
        for name in sorted(files):
            with gzip.open(os.path.join(root, name), "rb") as f:
                feedback = ET.parse(f).getroot()
            published = text(child(feedback, "policy_published"), "domain").lower().rstrip(".")
            for record in feedback:
                if local(record.tag) != "record":
                    continue
                row = child(record, "row")
                count = int(text(row, "count"))
                evaluated = child(row, "policy_evaluated")
                passed = text(evaluated, "dkim").lower() == "pass" or text(evaluated, "spf").lower() == "pass"
                domain = text(child(record, "identifiers"), "header_from").lower().rstrip(".") or published
                total, passes = domains.get(domain, (0, 0))
                domains[domain] = (total + count, passes + (count if passed else 0))
                messages += count
    seconds = time.perf_counter() - start
    print(f"messages {messages}")
    for domain in sorted(domains):
        total, passes = domains[domain]
        print(f"domain {domain} {total} {passes}")
    print(f"seconds {seconds:.3f}")


if __name__ == "__main__":
    main()

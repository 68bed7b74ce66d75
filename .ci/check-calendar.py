#!/usr/bin/env python3
"""Validates Public/renewals.ics with an independent parser, Python's icalendar, and checks
that it holds one renewal event per account that has not churned, on its renewal date.

Usage: check-calendar.py [SITE]   (SITE defaults to the repository's root)
"""
import csv
import datetime
import pathlib
import sys

import icalendar

site = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parent.parent)
raw = (site / "Public" / "renewals.ics").read_bytes()
problems = []

lines = raw.split(b"\r\n")
if lines[-1] != b"":
    problems.append("the file does not end in CRLF")
for number, line in enumerate(lines[:-1], start=1):
    if b"\n" in line or b"\r" in line:
        problems.append(f"line {number} ends in a bare LF or CR")
    if len(line) > 75:
        problems.append(f"line {number} is {len(line)} octets long; RFC 5545 folds at 75")
    line.decode("utf-8")  # a fold inside a UTF-8 sequence raises here

calendar = icalendar.Calendar.from_ical(raw)
for name in ("VERSION", "PRODID", "CALSCALE"):
    if name not in calendar:
        problems.append(f"the calendar has no {name}")
events = calendar.walk("VEVENT")
uids = [str(event["UID"]) for event in events]
if len(set(uids)) != len(uids):
    problems.append("two events share a UID")

renewals = {}
for event in events:
    for name in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
        if name not in event:
            problems.append(f"event {event.get('UID')} has no {name}")
    start = event.decoded("DTSTART")
    if isinstance(start, datetime.datetime) or not isinstance(start, datetime.date):
        problems.append(f"event {event['UID']} is not an all-day event")
    if str(event.get("CATEGORIES").to_ical(), "utf-8") == "Renewal":
        account = str(event["UID"]).split("-renewal-")[0]
        renewals[account] = start.isoformat()

with open(site / "Content" / "data" / "accounts.csv", newline="", encoding="utf-8") as file:
    expected = {
        row["account_id"].lower(): row["renewal_date"]
        for row in csv.DictReader(file)
        if row.get("status") != "churned" and row.get("renewal_date")
    }
if renewals != expected:
    problems.append(f"renewal dates differ: calendar {renewals}, accounts.csv {expected}")

for problem in problems:
    print(f"Public/renewals.ics: {problem}", file=sys.stderr)
if problems:
    sys.exit(1)
print(f"Public/renewals.ics: {len(events)} events valid; {len(renewals)} renewal dates round-trip")

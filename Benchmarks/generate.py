#!/usr/bin/env python3
"""Writes a synthetic portfolio of N accounts, the same for Folio and for Hugo.

    generate.py N DIR [--seed S]

DIR/folio/Content    Folio's content format: site.yml, data/*.csv, clients/, handoffs/, guide/
DIR/folio/Templates  a copy of the default theme (passed with --templates)
DIR/hugo/            a Hugo site: the same briefs and handoffs under content/, the CRM data
                     as JSON under data/ (keyed by account id, Hugo's natural shape), and
                     the templates in Benchmarks/hugo/layouts

Nine briefs in ten accounts (about 3 KB each, full front matter), a handoff for every
second account, about five activities and two ARR movements per account. The same N and
seed always write the same bytes.
"""

import argparse
import csv
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

FIRST = ["Ada", "Bruno", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas",
         "Kara", "Liam", "Maya", "Nils", "Olga", "Pavel", "Quinn", "Rosa", "Sami", "Tara",
         "Uma", "Victor", "Wen", "Ximena", "Yusuf", "Zoe"]
LAST = ["Abbott", "Berg", "Castro", "Dahl", "Eriksen", "Fischer", "Garcia", "Hale", "Ito",
        "Jansen", "Khan", "Lopez", "Moreau", "Novak", "Okafor", "Price", "Quint", "Reyes",
        "Silva", "Tanaka", "Ueda", "Vance", "Weber", "Young", "Zimmer"]
PREFIX = ["Cascade", "Harbor", "Summit", "Ironbridge", "Pinecrest", "Redfern", "Bluefin",
          "Northgate", "Kestrel", "Meridian", "Vantage", "Thistle", "Brightwater", "Granite",
          "Silverline", "Oakridge", "Coastal", "Prairie", "Lakeside", "Highland"]
KIND = ["Freight", "Logistics", "Grocers", "Supply", "Distribution", "Cold Chain", "Parcel",
        "Shipping", "Terminals", "Carriers", "Warehousing", "Transport"]
SUFFIX = ["Lines", "Co.", "Group", "Partners", "Inc.", "GmbH", "Ltd", "Holdings"]
INDUSTRY = ["Trucking and freight", "Wholesale distribution", "Cold-chain logistics",
            "Ports and terminals", "Grocery retail", "Parcel delivery", "Building supply"]
SEGMENT = ["SMB", "Mid-Market", "Enterprise"]
STATUS = ["active"] * 6 + ["at_risk", "onboarding", "churned"]
CURRENCY = ["USD"] * 5 + ["EUR", "EUR", "GBP"]
PRODUCTS = ["Dispatch", "Dock Scheduler", "Carrier Connect", "Yard View", "Insights",
            "Cold Chain Monitor", "Route Planner"]
ROLES = ["champion", "economic_buyer", "decision_maker", "executive_sponsor",
         "technical_buyer", "influencer", "user", "detractor"]
SENTIMENT = ["positive", "neutral", "negative"]
SEVERITY = ["low", "medium", "high"]
ACTIVITY = ["call", "email", "qbr", "onsite", "meeting"]
WORDS = ("the team wants fewer missed pickups and clearer numbers for the board while the "
         "yard staff ask for training before the busy season starts and the finance lead "
         "reads every figure twice so bring sources and keep the summary short because the "
         "renewal depends on proving the value of dispatch across every depot in the "
         "region").split()


def sentence(rng, low=8, high=18):
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def paragraph(rng, sentences=4):
    text = " ".join(sentence(rng) for _ in range(sentences))
    # Wrap at about 90 columns, as people write Markdown.
    lines, line = [], ""
    for word in text.split():
        if len(line) + len(word) + 1 > 90:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n".join(lines)


def date(rng, start_year, end_year):
    return f"{rng.randint(start_year, end_year)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def quoted(text):
    return json.dumps(text, ensure_ascii=False)


def brief(rng, account, people):
    managers = people["account_manager"]
    lines = [
        "---",
        f"account: {account['account_id']}",
        f"title: {quoted(account['name'])}",
        f"summary: {quoted(sentence(rng, 10, 16))}",
        "goals:",
        *[f"  - {quoted(sentence(rng, 6, 10))}" for _ in range(3)],
        "needs:",
        *[f"  - {quoted(sentence(rng, 6, 10))}" for _ in range(2)],
        "stakeholders:",
    ]
    for _ in range(3):
        lines += [
            f"  - name: {rng.choice(FIRST)} {rng.choice(LAST)}",
            f"    title: {rng.choice(['VP Operations', 'CFO', 'IT Manager', 'Yard Supervisor'])}",
            f"    role: {rng.choice(ROLES)}",
            f"    sentiment: {rng.choice(SENTIMENT)}",
            f"    notes: {quoted(sentence(rng, 8, 12))}",
        ]
    lines.append("opportunities:")
    for _ in range(2):
        lines += [
            f"  - name: {quoted(rng.choice(PRODUCTS) + ' expansion')}",
            f"    type: {rng.choice(['renewal', 'upsell', 'cross-sell'])}",
            f"    amount: {rng.randint(5, 400) * 1000}",
            f"    stage: {rng.choice(['discovery', 'proposal', 'negotiation'])}",
            f"    close_date: {date(rng, 2027, 2028)}",
        ]
    lines.append("risks:")
    for _ in range(2):
        lines += [
            f"  - text: {quoted(sentence(rng, 8, 12))}",
            f"    severity: {rng.choice(SEVERITY)}",
            f"    mitigation: {quoted(sentence(rng, 6, 10))}",
            f"    owner: {rng.choice(managers)}",
        ]
    lines += [
        f"competitors: [Convoya, Freightlane One]",
        f"tags: [{rng.choice(['trucking', 'ports', 'cold-chain'])}, renewal-{rng.randint(2027, 2028)}]",
        f"next_qbr: {date(rng, 2027, 2027)}",
        f"updated: {date(rng, 2026, 2026)}",
        "draft: false",
        "---",
        "## History",
        "",
        paragraph(rng, 4),
        "",
        "## What matters to them",
        "",
        paragraph(rng, 4),
        "",
        "## How to work with them",
        "",
        *[f"- {sentence(rng, 6, 12)}" for _ in range(4)],
        "",
        "## Renewal plan",
        "",
        paragraph(rng, 3) + " See *the value summary* and **the renewal date**.",
        "",
    ]
    return "\n".join(lines)


def handoff(rng, account):
    lines = [
        "---",
        f"account: {account['account_id']}",
        f"date: {date(rng, 2024, 2026)}",
        f"from: {account['salesperson']}",
        f"to: {account['account_manager']}",
        "deal:",
        f"  closed: {date(rng, 2024, 2026)}",
        f"  value: {rng.randint(20, 500) * 1000}",
        f"  term_months: {rng.choice([12, 24, 36])}",
        f"  start: {date(rng, 2024, 2026)}",
        f"  pricing_notes: {quoted(sentence(rng, 8, 12))}",
        f"products: [{', '.join(rng.sample(PRODUCTS, 3))}]",
        f"why_they_bought: {quoted(sentence(rng, 14, 20))}",
        "success_criteria:",
        f"  - outcome: {quoted(sentence(rng, 4, 6))}",
        "    metric: share of deliveries late, in percent",
        "    baseline: 12",
        "    target: 5",
        f"    by: {date(rng, 2026, 2027)}",
        "stakeholders:",
        f"  - name: {rng.choice(FIRST)} {rng.choice(LAST)}",
        "    role: champion",
        "    comms_preference: a short call on Fridays",
        f"    personal_notes: {quoted(sentence(rng, 8, 12))}",
        "commitments:",
        f"  - promise: {quoted(sentence(rng, 6, 10))}",
        f"    made_by: {account['salesperson']}",
        f"    due: {date(rng, 2025, 2026)}",
        "    in_contract: true",
        "objections:",
        f"  - objection: {quoted(sentence(rng, 6, 10))}",
        f"    resolution: {quoted(sentence(rng, 6, 10))}",
        "risks:",
        f"  - {quoted(sentence(rng, 6, 10))}",
        "technical:",
        "  integrations: [SAP S/4HANA, telematics units]",
        f"  notes: {quoted(sentence(rng, 6, 10))}",
        "open_questions:",
        f"  - {quoted(sentence(rng, 6, 10))}",
        "next_steps:",
        f"  - action: {quoted(sentence(rng, 5, 8))}",
        f"    owner: {account['account_manager']}",
        f"    due: {date(rng, 2026, 2027)}",
        "---",
        "## The sale",
        "",
        paragraph(rng, 4),
        "",
        "## What we promised",
        "",
        paragraph(rng, 3),
        "",
    ]
    return "\n".join(lines)


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def generate(count, root, seed):
    rng = random.Random(seed)
    folio = os.path.join(root, "folio")
    content = os.path.join(folio, "Content")
    hugo = os.path.join(root, "hugo")
    shutil.rmtree(root, ignore_errors=True)
    for folder in ["data", "clients", "handoffs", "guide"]:
        os.makedirs(os.path.join(content, folder))
    for folder in ["content/clients", "content/handoffs", "data"]:
        os.makedirs(os.path.join(hugo, folder))
    shutil.copytree(os.path.join(REPO, "Templates"), os.path.join(folio, "Templates"))
    shutil.copytree(os.path.join(HERE, "hugo", "layouts"), os.path.join(hugo, "layouts"))
    shutil.copy(os.path.join(HERE, "hugo", "hugo.toml"), os.path.join(hugo, "hugo.toml"))

    with open(os.path.join(content, "site.yml"), "w", encoding="utf-8") as file:
        file.write("title: Benchmark Portfolio\nbase_url: https://portfolio.example.com/\n"
                   "currency: USD\nas_of: 2026-11-30\n")
    with open(os.path.join(content, "guide", "welcome.md"), "w", encoding="utf-8") as file:
        file.write("---\ntitle: Welcome\norder: 1\n---\n## Start here\n\n"
                   + paragraph(rng, 3) + "\n")

    people = {"account_manager": [], "salesperson": [], "director": []}
    team = []
    sizes = {"account_manager": max(5, count // 100), "salesperson": max(3, count // 250),
             "director": 1}
    for role, size in sizes.items():
        for number in range(size):
            person_id = f"{role.split('_')[0][:5]}-{number + 1:04d}"
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            people[role].append(person_id)
            team.append([person_id, name, role.replace("_", " ").title(), role,
                         f"{person_id}@example.com", rng.choice(["US East", "EMEA", "APAC"])])
    write_csv(os.path.join(content, "data", "team.csv"),
              ["id", "name", "title", "role", "email", "region"], team)

    accounts, activities, movements = [], [], []
    for number in range(1, count + 1):
        name = f"{rng.choice(PREFIX)} {rng.choice(KIND)} {rng.choice(SUFFIX)} {number}"
        account = {
            "account_id": f"BM-{number:06d}",
            "name": name,
            "account_manager": rng.choice(people["account_manager"]),
            "salesperson": rng.choice(people["salesperson"]),
            "industry": rng.choice(INDUSTRY),
            "segment": rng.choice(SEGMENT),
            "tier": str(rng.randint(1, 3)),
            "status": rng.choice(STATUS),
            "arr": str(rng.randint(10, 400) * 1000),
            "currency": rng.choice(CURRENCY),
            "contract_start": date(rng, 2020, 2025),
            "renewal_date": date(rng, 2026, 2028),
            "health_score": str(rng.randint(10, 99)),
            "nps": str(rng.randint(0, 10)),
            "products": ";".join(rng.sample(PRODUCTS, rng.randint(1, 4))),
            "last_touchpoint": date(rng, 2026, 2026),
        }
        accounts.append(account)
        for _ in range(rng.randint(3, 7)):
            activities.append([account["account_id"], date(rng, 2025, 2026),
                               rng.choice(ACTIVITY), sentence(rng, 6, 12),
                               account["account_manager"]])
        movements.append([account["account_id"], account["contract_start"], "new",
                          str(rng.randint(10, 300) * 1000)])
        if rng.random() < 0.6:
            movements.append([account["account_id"], date(rng, 2025, 2026), "expansion",
                              str(rng.randint(5, 80) * 1000)])
        slug = "-".join(name.lower().replace(".", "").split())
        if number % 10 != 0:
            text = brief(rng, account, people)
            for folder in [os.path.join(content, "clients"), os.path.join(hugo, "content", "clients")]:
                with open(os.path.join(folder, slug + ".md"), "w", encoding="utf-8") as file:
                    file.write(text)
        if number % 2 == 1:
            text = handoff(rng, account)
            for folder in [os.path.join(content, "handoffs"), os.path.join(hugo, "content", "handoffs")]:
                with open(os.path.join(folder, slug + ".md"), "w", encoding="utf-8") as file:
                    file.write(text)

    header = list(accounts[0].keys())
    write_csv(os.path.join(content, "data", "accounts.csv"), header,
              [[account[key] for key in header] for account in accounts])
    write_csv(os.path.join(content, "data", "activities.csv"),
              ["account_id", "date", "type", "summary", "owner"], activities)
    write_csv(os.path.join(content, "data", "arr.csv"),
              ["account_id", "date", "type", "amount"], movements)

    def by_account(rows, keys):
        grouped = {}
        for row in rows:
            grouped.setdefault(row[0], []).append(dict(zip(keys, row)))
        return grouped

    data = {
        "accounts": {account["account_id"]: account for account in accounts},
        "team": {row[0]: dict(zip(["id", "name", "title", "role", "email", "region"], row))
                 for row in team},
        "activities": by_account(activities, ["account_id", "date", "type", "summary", "owner"]),
        "arr": by_account(movements, ["account_id", "date", "type", "amount"]),
    }
    for name, value in data.items():
        with open(os.path.join(hugo, "data", name + ".json"), "w", encoding="utf-8") as file:
            json.dump(value, file, ensure_ascii=False, sort_keys=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, help="how many accounts")
    parser.add_argument("folder", help="where to write (replaced)")
    parser.add_argument("--seed", type=int, default=4)
    arguments = parser.parse_args()
    if arguments.count < 1:
        sys.exit("generate.py: the number of accounts must be at least 1")
    generate(arguments.count, arguments.folder, arguments.seed)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes the aggregate reports of the training scenario "forgotten-sender" (resources/training/reports/).

Three weeks of reports from Google and Outlook.com for fourthcoffee.example: Microsoft 365 passes aligned, Zendesk
(the support desk nobody mentioned) sends as the domain with its own DKIM and bounce domain, so nothing is aligned,
and a few spoofed messages. Deterministic: the same files every run."""
import datetime
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "..", "resources", "training", "reports", "forgotten-sender")
DOMAIN = "fourthcoffee.example"


def row(ip, count, dkim_eval, spf_eval, dkim, spf):
    auth = ""
    for d, s, r in dkim:
        auth += f"<dkim><domain>{d}</domain><selector>{s}</selector><result>{r}</result></dkim>"
    for d, r in spf:
        auth += f"<spf><domain>{d}</domain><scope>mfrom</scope><result>{r}</result></spf>"
    return (f"<record><row><source_ip>{ip}</source_ip><count>{count}</count><policy_evaluated>"
            f"<disposition>none</disposition><dkim>{dkim_eval}</dkim><spf>{spf_eval}</spf></policy_evaluated></row>"
            f"<identifiers><header_from>{DOMAIN}</header_from></identifiers><auth_results>{auth}</auth_results>"
            f"</record>")


def report(org, email, rid, begin, end, rows):
    return (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feedback><report_metadata><org_name>{org}</org_name>"
            f"<email>{email}</email><report_id>{rid}</report_id><date_range><begin>{begin}</begin><end>{end}</end>"
            f"</date_range></report_metadata><policy_published><domain>{DOMAIN}</domain><adkim>r</adkim>"
            f"<aspf>r</aspf><p>none</p><sp>none</sp><pct>100</pct></policy_published>{''.join(rows)}</feedback>\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    start = datetime.date(2026, 10, 5)
    for i in range(21):
        day = start + datetime.timedelta(days=i)
        begin = int(datetime.datetime(day.year, day.month, day.day, tzinfo=datetime.timezone.utc).timestamp())
        m365 = row("40.107.22.51", 40 + (i * 7) % 13, "pass", "pass", [(DOMAIN, "selector1", "pass")],
                   [(DOMAIN, "pass")])
        zendesk = row("192.161.147.1%d" % (i % 3), 9 + i % 5, "fail", "fail", [("zendesk.com", "zendesk1", "pass")],
                      [("zendesk.com", "pass")])
        rows = [m365, zendesk]
        if i % 6 == 2:
            rows.append(row("185.220.101.7", 3, "fail", "fail", [], [(DOMAIN, "fail")]))
        google = report("google.com", "noreply-dmarc-support@google.com", f"fc-google-{day.isoformat()}", begin,
                        begin + 86399, rows)
        with open(os.path.join(OUT, f"google-{day.isoformat()}.xml"), "w") as f:
            f.write(google)
        outlook = report("Outlook.com", "dmarcreport@microsoft.com", f"fc-outlook-{day.isoformat()}", begin,
                         begin + 86400,
                         [row("40.107.22.52", 25 + i % 4, "pass", "pass", [(DOMAIN, "selector2", "pass")],
                              [(DOMAIN, "pass")]),
                          row("192.161.147.11", 4 + i % 2, "fail", "fail", [("zendesk.com", "zendesk2", "pass")],
                              [("zendesk.com", "pass")])])
        with open(os.path.join(OUT, f"outlook-{day.isoformat()}.xml"), "w") as f:
            f.write(outlook)


if __name__ == "__main__":
    main()

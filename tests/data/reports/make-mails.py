#!/usr/bin/env python3
"""Writes the mail samples (.eml, .mbox) from the XML samples beside this script, as the reporters send them.
Run it again after changing an XML sample; the output is deterministic (fixed gzip and zip times)."""
import base64
import gzip
import io
import os
import quopri
import zipfile

here = os.path.dirname(os.path.abspath(__file__))


def read(name):
    with open(os.path.join(here, name), "rb") as f:
        return f.read()


def wrap64(data):
    text = base64.b64encode(data).decode("ascii")
    return "\n".join(text[i:i + 76] for i in range(0, len(text), 76))


def zipped(name, data):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo(name, date_time=(2025, 12, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, data)
    return out.getvalue()


def write(name, text, crlf):
    if crlf:
        text = text.replace("\n", "\r\n")
    with open(os.path.join(here, name), "wb") as f:
        f.write(text.encode("utf-8"))


# Microsoft since late 2025: an HTML "[Preview]" body beside the gzip attachment; Outlook saves it with CRLF.
ms_name = "protection.outlook.com!fabrikam.com!1764547200!1764633600.xml.gz"
write("outlook-preview.eml", f"""Received: from BN8PR15MB2626.namprd15.prod.outlook.com (2603:10b6:408:c7::11)
 by SN7PR15MB5755.namprd15.prod.outlook.com with HTTPS; Tue, 2 Dec 2025 04:12:09 +0000
From: DMARC Aggregate Report <dmarcreport@microsoft.com>
To: <dmarc@fabrikam.com>
Subject: [Preview] Report Domain: fabrikam.com Submitter: protection.outlook.com
 Report-ID: 9e0f6a4d2c1b4e8a8f7d6c5b4a392817
Date: Tue, 2 Dec 2025 04:12:03 +0000
Message-ID: <9e0f6a4d2c1b4e8a8f7d6c5b4a392817@protection.outlook.com>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="_004_MSDMARC_"

--_004_MSDMARC_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body><p>[Preview] This is a DMARC aggregate report from Microsoft Corporation.</p>
<table><tr><th>Domain</th><td>fabrikam.com</td></tr><tr><th>Messages</th><td>45</td></tr></table>
<p>The report is attached. The preview above is a summary only.</p></body></html>

--_004_MSDMARC_
Content-Type: application/gzip; name="{ms_name}"
Content-Description: {ms_name}
Content-Disposition: attachment; filename="{ms_name}"
Content-Transfer-Encoding: base64

{wrap64(gzip.compress(read("outlook-rfc9990.xml"), mtime=0))}

--_004_MSDMARC_--
""", crlf=True)

# Google: an empty text part and the zip.
g_name = "google.com!contoso.com!1764460800!1764547199.zip"
write("google-zip.eml", f"""Return-Path: <noreply-dmarc-support@google.com>
Delivered-To: dmarc@contoso.com
From: noreply-dmarc-support@google.com
To: dmarc@contoso.com
Subject: Report domain: contoso.com Submitter: google.com Report-ID: 11820731445316420925
Date: Mon, 01 Dec 2025 23:59:59 -0800
Message-ID: <11820731445316420925@google.com>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="000000000000c0ffee0615a1"

--000000000000c0ffee0615a1
Content-Type: text/plain; charset="UTF-8"


--000000000000c0ffee0615a1
Content-Type: application/zip; name="{g_name}"
Content-Disposition: attachment; filename="{g_name}"
Content-Transfer-Encoding: base64

{wrap64(zipped(g_name[:-4] + ".xml", read("google-rfc7489.xml")))}
--000000000000c0ffee0615a1--
""", crlf=False)

# An mbox (Thunderbird, mutt) with two report mails: Yahoo's gzip, and Mimecast's XML as a quoted-printable
# application/octet-stream part.
y_name = "yahoo.com!contoso.com!1764460800!1764547199.xml.gz"
m_name = "mimecast.org!contoso.com!1764460800!1764547199.xml"
qp = quopri.encodestring(read("mimecast-rfc7489.xml")).decode("ascii")
write("reports.mbox", f"""From dmarchelp@yahooinc.com Tue Dec  2 01:00:00 2025
From: Yahoo DMARC <dmarchelp@yahooinc.com>
To: dmarc@contoso.com
Subject: Report Domain: contoso.com Submitter: Yahoo Report-ID: <1764547200.819273>
Date: Tue, 2 Dec 2025 01:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="yahoo-boundary"

--yahoo-boundary
Content-Type: text/plain

This is an aggregate report from Yahoo.
>From now on, a line starting with "From " is quoted like this one.

--yahoo-boundary
Content-Type: application/gzip; name="{y_name}"
Content-Disposition: attachment; filename="{y_name}"
Content-Transfer-Encoding: base64

{wrap64(gzip.compress(read("yahoo-rfc7489.xml"), mtime=0))}
--yahoo-boundary--

From dmarc-reports@mimecast.org Tue Dec  2 02:00:00 2025
From: dmarc-reports@mimecast.org
To: dmarc@contoso.com
Subject: Report Domain: contoso.com Submitter: Mimecast
Date: Tue, 2 Dec 2025 02:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="mc"

--mc
Content-Type: application/octet-stream; name="{m_name}"
Content-Disposition: attachment; filename="{m_name}"
Content-Transfer-Encoding: quoted-printable

{qp}
--mc--
""", crlf=False)

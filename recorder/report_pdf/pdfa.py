"""The PDF/A-1b fix-ups of Qt's output (RECIPES.md "PDF/A from Qt"), with pikepdf, and the facts in the XMP.

Qt's ``PdfVersion_A1b`` embeds the fonts (subset, with ToUnicode) and an output intent, but PDFBox preflight
refuses two things: an unused DeviceCMYK colour space in the page resources (rule 2.4.2) and its XMP (7.3). The
XMP is therefore written here whole — title, producer and dates the same as the Info dictionary, the PDF/A
identification, and the report's facts (``er:facts``, base64 of the canonical facts JSON) declared through a PDF/A
extension schema as PDF/A-1 requires for a property of its own. Metadata streams stay uncompressed (qpdf never
compresses /Type /Metadata), so a verifier finds the facts in the file's bytes (FORMAT §7.7)."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

import pikepdf

from ..archive import pdf_facts

FACTS_NS = pdf_facts.NAMESPACE
PRODUCER = "Evidence Recorder (Qt PDF, PDF/A-1b)"


def _xmp(title: str, created: str, facts_json: bytes) -> bytes:
    """created: ``YYYY-MM-DDTHH:MM:SSZ``."""
    facts = pdf_facts.encode(facts_json)
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt></dc:title>
<dc:format>application/pdf</dc:format>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<pdf:Producer>{escape(PRODUCER)}</pdf:Producer>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<xmp:CreateDate>{created[:19]}+00:00</xmp:CreateDate>
<xmp:ModifyDate>{created[:19]}+00:00</xmp:ModifyDate>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
<pdfaid:part>1</pdfaid:part>
<pdfaid:conformance>B</pdfaid:conformance>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
 xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>Evidence Recorder report facts</pdfaSchema:schema>
<pdfaSchema:namespaceURI>{FACTS_NS}</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>er</pdfaSchema:prefix>
<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
<pdfaProperty:name>facts</pdfaProperty:name>
<pdfaProperty:valueType>Text</pdfaProperty:valueType>
<pdfaProperty:category>internal</pdfaProperty:category>
<pdfaProperty:description>Base64 of report.html's canonical JSON facts (FORMAT 7.7)</pdfaProperty:description>
</rdf:li></rdf:Seq></pdfaSchema:property>
</rdf:li></rdf:Bag></pdfaExtension:schemas>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:er="{FACTS_NS}">
<er:facts>{facts}</er:facts>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>""".encode()


def _pdf_date(created: str) -> str:
    digits = "".join(c for c in created[:19] if c.isdigit())
    return f"D:{digits}+00'00'"


def fix_up(raw: bytes, *, title: str, created_utc: str, facts_json: bytes) -> bytes:
    """Qt's PDF/A-1b output made to pass PDFBox preflight, with the facts in its XMP."""
    with pikepdf.open(io.BytesIO(raw)) as pdf:
        for page in pdf.pages:
            resources = page.obj.get("/Resources")
            spaces = resources.get("/ColorSpace") if resources is not None else None
            if isinstance(spaces, pikepdf.Dictionary):
                for name in list(spaces.keys()):
                    value = spaces[name]
                    if value == pikepdf.Name.DeviceCMYK or (
                        isinstance(value, pikepdf.Array) and pikepdf.Name.DeviceCMYK in list(value)
                    ):
                        del spaces[name]
        info = pdf.docinfo
        for key in list(info.keys()):
            del info[key]
        info["/Title"] = pikepdf.String(title)
        info["/Producer"] = pikepdf.String(PRODUCER)
        info["/CreationDate"] = pikepdf.String(_pdf_date(created_utc))
        info["/ModDate"] = pikepdf.String(_pdf_date(created_utc))
        stream = pikepdf.Stream(pdf, _xmp(title, created_utc, facts_json))
        stream["/Type"] = pikepdf.Name.Metadata
        stream["/Subtype"] = pikepdf.Name.XML
        pdf.Root["/Metadata"] = pdf.make_indirect(stream)
        out = io.BytesIO()
        pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.disable, fix_metadata_version=False)
        return out.getvalue()

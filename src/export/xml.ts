/** Characters XML 1.0 does not allow in a document at all. */
// eslint-disable-next-line no-control-regex -- control characters are what this pattern is for
const FORBIDDEN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Escapes text for an XML attribute value or element content, dropping characters XML forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

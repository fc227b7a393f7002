/** The PDF layouts of issued documents (decision, certificate, minutes), in Vietnamese with an embedded font. */
@NamedInterface("pdf")
package vn.langnghe.documents.pdf;

import org.springframework.modulith.NamedInterface;

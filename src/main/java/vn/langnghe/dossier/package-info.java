/** The application for recognition: its data, required documents, attachments, submission and supplements. */
package vn.langnghe.dossier;

/**
 * Documents the province issues on a dossier (decision, certificate, council minutes): rendered as PDF,
 * stored with the database so a backup holds them, and readable by everyone who may see the dossier.
 */
package vn.langnghe.documents;

/** What every JSON endpoint shares: the error format, the language of messages, the OpenAPI description. */
package vn.langnghe.api;

/** Tokens for machine clients: OAuth2 client credentials issued here, checked on every API call, logged per client. */
package vn.langnghe.token;

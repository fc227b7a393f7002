/** Where the data lives: an embedded MariaDB for the demo run and the tests; production points at a server. */
package vn.langnghe.database;

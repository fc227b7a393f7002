/** The shell every screen lives in: main layout and menu, sign-in, language, security of the web pages. */
package vn.langnghe.ui;

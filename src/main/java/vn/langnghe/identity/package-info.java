/** Users, their roles, and which commune a commune officer belongs to. */
package vn.langnghe.identity;

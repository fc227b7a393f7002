/** In-app notifications: a commune hears about its dossiers, provincial roles about their tasks. */
package vn.langnghe.notification;

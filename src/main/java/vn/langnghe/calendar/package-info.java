/** Working days: weekends and Vietnam's public holidays, a table administrators maintain. */
package vn.langnghe.calendar;

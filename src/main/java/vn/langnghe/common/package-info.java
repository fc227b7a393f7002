/**
 * How services refuse: invalid input (with the field it concerns), a record the caller may not see,
 * a change that lost a race. Screens show these next to the field; the API returns them as JSON.
 */
package vn.langnghe.common;

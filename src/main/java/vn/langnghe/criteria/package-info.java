/**
 * Recognition criteria for traditional crafts and craft villages (Decree 52/2018/NĐ-CP Art. 5, and
 * before 1 June 2018 Decree 66/2006/NĐ-CP with Circular 116/2006/TT-BNN), versioned by effective
 * date. Pure Java: no engine, no framework.
 */
package vn.langnghe.criteria;

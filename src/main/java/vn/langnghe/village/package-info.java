/** The registry of villages and crafts, and their yearly household and labour figures. */
package vn.langnghe.village;

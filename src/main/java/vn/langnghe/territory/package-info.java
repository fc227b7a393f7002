/**
 * Administrative units (province, district, commune) with the dates they were valid, so records keep
 * the names in force at the time after the 2025 two-level reform.
 */
package vn.langnghe.territory;

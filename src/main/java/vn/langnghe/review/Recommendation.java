package vn.langnghe.review;

public enum Recommendation {
    RECOMMEND,
    NOT_RECOMMEND
}

package vn.hcc.dashboard.api;

import java.util.List;

/**
 * Every refusal of the API has this JSON form: {@code {"errors":[{"index":3,"field":"receivedAt","message":"…"}]}},
 * the message in Vietnamese; {@code index} (the item in the request's array, from 0) and {@code field} are
 * {@code null} when the error is not about one item or field.
 */
public record ApiErrors(List<Error> errors) {

    public record Error(Integer index, String field, String message) {
    }

    static ApiErrors of(String message) {
        return new ApiErrors(List.of(new Error(null, null, message)));
    }

    static ApiErrors of(String field, String message) {
        return new ApiErrors(List.of(new Error(null, field, message)));
    }
}

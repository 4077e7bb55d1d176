package io.repwise.common.web;

import java.util.List;

/**
 * One page of a list, with the totals a client needs to page through it (docs/ARCHITECTURE.md: lists are
 * paginated with {@code page} from 0 and {@code size} up to 100).
 */
public record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	/** A page of {@code items} out of {@code totalItems}; the number of pages follows. */
	public static <T> PageView<T> of(List<T> items, int page, int size, long totalItems) {
		return new PageView<>(items, page, size, totalItems, (int) ((totalItems + size - 1) / size));
	}

}

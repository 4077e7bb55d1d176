package io.repwise.common.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * One page of a list, with the totals a client needs to page through it (DESIGN.md: lists are
 * paginated with {@code page} from 0 and {@code size} up to 100).
 */
public record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	public static <E, T> PageView<T> of(Page<E> page, Function<E, T> mapper) {
		return new PageView<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements(), page.getTotalPages());
	}

}

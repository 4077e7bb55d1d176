package io.repwise.common.web;

import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * {@link PageView} from a Spring Data page, for services that use Spring Data. Kept out of
 * {@code PageView} itself so that services without Spring Data can serialise it.
 */
public final class SpringDataPages {

	private SpringDataPages() {
	}

	public static <E, T> PageView<T> view(Page<E> page, Function<E, T> mapper) {
		return new PageView<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements(), page.getTotalPages());
	}

}

package org.okju.ledger;

import java.util.Optional;

/**
 * A person as named in a line.
 *
 * @param name the name without particles or honorifics ({@code 김민수}, {@code 박실장}, {@code Minsu
 *     Kim}); a bare role word ({@code 약사}) when no name is given
 * @param role the role word written with it ({@code 약사}, {@code pharmacist}, {@code 피해자}), if any
 */
record Person(String name, Optional<String> role) {}

package io.github.wsisdata.parser.internal.text;

import java.util.List;

/** Immutable copies of the records' lists, their element types checked. */
public final class Elements {
  private Elements() {}

  /**
   * An immutable copy of a list whose every element is of {@code type}: what a record's constructor
   * keeps, also when the list came out of a deserialized stream, where the generic type is not
   * checked.
   *
   * @param <T> the element type
   * @param list the list
   * @param type the element type
   * @param name the list's name, for the message
   * @return the copy
   * @throws NullPointerException if the list or an element is null
   * @throws IllegalArgumentException if an element is of another type
   */
  public static <T> List<T> copyOf(List<? extends T> list, Class<T> type, String name) {
    List<T> copy = List.copyOf(list);
    for (Object element : copy) {
      if (!type.isInstance(element)) {
        throw new IllegalArgumentException(
            name
                + " must hold "
                + type.getSimpleName()
                + " values only, not "
                + element.getClass().getSimpleName());
      }
    }
    return copy;
  }
}

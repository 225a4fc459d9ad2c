"""CD404 in Google and Hugging Face docstrings: a returned value the docstring does not document."""
import abc
import functools
from typing import overload


def missing(distance, time):
    """Calculate the speed.

    Args:
        distance: Distance travelled.
        time: Time spent.
    """
    return distance / time


def documented(distance, time):
    """Calculate the speed.

    Args:
        distance: Distance travelled.
        time: Time spent.

    Returns:
        The speed.
    """
    return distance / time


def singular_header(distance, time):
    """Calculate the speed.

    Args:
        distance: Distance travelled.
        time: Time spent.

    Return:
        The speed.
    """
    return distance / time


def yields_section(items):
    """Iterate lazily over the items.

    Args:
        items: What to iterate over.

    Yields:
        Each item.
    """
    return iter(items)


def summary_says_it(distance, time):
    """Returns the speed as distance over time.

    Args:
        distance: Distance travelled.
        time: Time spent.
    """
    return distance / time


def summary_mentions_it_later(distance, time):
    """Compute and returns the speed.

    Args:
        distance: Distance travelled.
        time: Time spent.
    """
    return distance / time


def hugging_face(input_ids, attention_mask=None):
    """
    Run the model.

    Args:
        input_ids (`torch.LongTensor` of shape `(batch_size, sequence_length)`):
            Indices of input sequence tokens.
        attention_mask (`torch.Tensor`, *optional*):
            Mask to avoid attention on padding.
    """
    return input_ids * attention_mask


def _private(value):
    """Private: checked in the pydocstyle profile only.

    Args:
        value: The value.
    """
    return value + 1


def returns_none(value):
    """Give back None explicitly, which is no value to document.

    Args:
        value: The value.
    """
    if value:
        return None
    print(value)
    return


def returns_none_then_a_value(value):
    """Give back None on one path and a value on another.

    Args:
        value: The value.
    """
    if value is None:
        return None
    return value or None


def annotated_none(value) -> None:
    """Annotated as returning nothing.

    Args:
        value: The value.
    """
    return value


def annotated_value(value) -> int:
    """Annotated as returning an int.

    Args:
        value: The value.
    """
    return value


def nested_def_returns(values):
    """Only the nested function returns.

    Args:
        values: The values.
    """

    def key(value):
        """Sort key.

        Args:
            value: One value.
        """
        return -value

    values.sort(key=key)


def lambda_returns(values):
    """Only the lambda returns a value.

    Args:
        values: The values.
    """
    values.sort(key=lambda value: -value)


def nested_class_returns(values):
    """Only a method of the nested class returns.

    Args:
        values: The values.
    """

    class Key:
        def __call__(self, value):
            return -value

    values.sort(key=Key())


def generator(items):
    """A generator's return value ends the iteration: not checked.

    Args:
        items: What to iterate over.
    """
    for item in items:
        yield item
    return len(items)


def no_parameter_section(value):
    """Add one to the value, in prose."""
    return value + 1


def undocumented(value):
    return value + 1


def suppressed(value):  # noqa: CD404
    """Suppressed by its noqa comment.

    Args:
        value: The value.
    """
    return value


class Model(abc.ABC):
    """A model."""

    def __init__(self, size):
        """Build it.

        Args:
            size: The size.
        """
        self.size = size
        return None

    def __new__(cls, size):
        """Make the instance.

        Args:
            size: The size.
        """
        return super().__new__(cls)

    @property
    def area(self):
        """The area; a property reads like an attribute.

        Args:
            self: Not usually documented.
        """
        return self.size**2

    @functools.cached_property
    def volume(self):
        """The volume.

        Args:
            self: Not usually documented.
        """
        return self.size**3

    @abc.abstractmethod
    def forward(self, x):
        """Run the model.

        Args:
            x: The input.
        """
        raise NotImplementedError

    @abc.abstractmethod
    def backward(self, x):
        """Run the model backwards.

        Args:
            x: The input.
        """
        ...

    def reset(self, x):
        """Reset the model.

        Args:
            x: The input.
        """
        pass

    @overload
    def scale(self, x: int) -> int:
        """Scale an int.

        Args:
            x: The input.
        """
        return x

    def scale(self, x):
        """Scale anything.

        Args:
            x: The input.
        """
        return x * self.size

    @staticmethod
    def one_liner(x):
        """Double it.

        Args:
            x: The input.
        """; return 2 * x


def inline_returns(slug):
    """Get a collection (huggingface_hub writes the Returns entry on the header's line).

    Args:
        slug: The collection's slug.

    Returns: [`Collection`]
    """
    return fetch(slug)


def returns_indented_into_args(slug, token=None):
    """Create an endpoint; the Returns header sits at the entries' indentation, but it is there.

    Args:
        slug: The slug.
        token: The token.

        Returns:
            [`Endpoint`]: the endpoint.
    """
    return create(slug, token)


def returns_in_prose(slug):
    """Fetch a collection.

    Args:
        slug: The collection's slug; the word Returns: in the middle of a line is not a header.
    """
    return fetch(slug)

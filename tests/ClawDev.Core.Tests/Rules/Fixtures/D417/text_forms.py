"""Text forms the D417 port reads in place: joined lines, odd indentation, long docstrings."""


def numpy_backslash_continuation(alpha, beta, gamma):
    """A backslash at a line's end joins it to the next before entries are read.

    Parameters
    ----------
    alpha, \
beta : int
        Named on a line joined from two.
    gamma : int \
        Joined into the name line, so its description is the next line.
    """


def numpy_continuation_swallows_a_name(alpha, beta):
    """A description ending in a backslash takes the next name line into it.

    Parameters
    ----------
    alpha : int
        The first \\
    beta : int
        The second.
    """


def google_blank_first_line(alpha, beta):
    """An Args section whose first line is blank keeps every line.

    Args:

        alpha: The first.
      beta: Less indented, still kept.
    """


def google_tab_indentation(alpha, beta, gamma):
    """Tabs and spaces: only the common margin is removed.

    Args:
	    alpha: Indented by a tab and spaces.
	    beta (int): The second.
	        More text.
	gamma: Not under the first line's indentation, so dropped.
    """


def google_entry_continued_over_blank_lines(alpha, beta):
    """An entry's description may follow after blank lines.

    Args:
        alpha:

            The first, two lines down.
        beta:
    """


def long_docstring(alpha, beta):
    """A docstring of more than 256 lines.

    Line 0 of a long description.
    Line 1 of a long description.
    Line 2 of a long description.
    Line 3 of a long description.
    Line 4 of a long description.
    Line 5 of a long description.
    Line 6 of a long description.
    Line 7 of a long description.
    Line 8 of a long description.
    Line 9 of a long description.
    Line 10 of a long description.
    Line 11 of a long description.
    Line 12 of a long description.
    Line 13 of a long description.
    Line 14 of a long description.
    Line 15 of a long description.
    Line 16 of a long description.
    Line 17 of a long description.
    Line 18 of a long description.
    Line 19 of a long description.
    Line 20 of a long description.
    Line 21 of a long description.
    Line 22 of a long description.
    Line 23 of a long description.
    Line 24 of a long description.
    Line 25 of a long description.
    Line 26 of a long description.
    Line 27 of a long description.
    Line 28 of a long description.
    Line 29 of a long description.
    Line 30 of a long description.
    Line 31 of a long description.
    Line 32 of a long description.
    Line 33 of a long description.
    Line 34 of a long description.
    Line 35 of a long description.
    Line 36 of a long description.
    Line 37 of a long description.
    Line 38 of a long description.
    Line 39 of a long description.
    Line 40 of a long description.
    Line 41 of a long description.
    Line 42 of a long description.
    Line 43 of a long description.
    Line 44 of a long description.
    Line 45 of a long description.
    Line 46 of a long description.
    Line 47 of a long description.
    Line 48 of a long description.
    Line 49 of a long description.
    Line 50 of a long description.
    Line 51 of a long description.
    Line 52 of a long description.
    Line 53 of a long description.
    Line 54 of a long description.
    Line 55 of a long description.
    Line 56 of a long description.
    Line 57 of a long description.
    Line 58 of a long description.
    Line 59 of a long description.
    Line 60 of a long description.
    Line 61 of a long description.
    Line 62 of a long description.
    Line 63 of a long description.
    Line 64 of a long description.
    Line 65 of a long description.
    Line 66 of a long description.
    Line 67 of a long description.
    Line 68 of a long description.
    Line 69 of a long description.
    Line 70 of a long description.
    Line 71 of a long description.
    Line 72 of a long description.
    Line 73 of a long description.
    Line 74 of a long description.
    Line 75 of a long description.
    Line 76 of a long description.
    Line 77 of a long description.
    Line 78 of a long description.
    Line 79 of a long description.
    Line 80 of a long description.
    Line 81 of a long description.
    Line 82 of a long description.
    Line 83 of a long description.
    Line 84 of a long description.
    Line 85 of a long description.
    Line 86 of a long description.
    Line 87 of a long description.
    Line 88 of a long description.
    Line 89 of a long description.
    Line 90 of a long description.
    Line 91 of a long description.
    Line 92 of a long description.
    Line 93 of a long description.
    Line 94 of a long description.
    Line 95 of a long description.
    Line 96 of a long description.
    Line 97 of a long description.
    Line 98 of a long description.
    Line 99 of a long description.
    Line 100 of a long description.
    Line 101 of a long description.
    Line 102 of a long description.
    Line 103 of a long description.
    Line 104 of a long description.
    Line 105 of a long description.
    Line 106 of a long description.
    Line 107 of a long description.
    Line 108 of a long description.
    Line 109 of a long description.
    Line 110 of a long description.
    Line 111 of a long description.
    Line 112 of a long description.
    Line 113 of a long description.
    Line 114 of a long description.
    Line 115 of a long description.
    Line 116 of a long description.
    Line 117 of a long description.
    Line 118 of a long description.
    Line 119 of a long description.
    Line 120 of a long description.
    Line 121 of a long description.
    Line 122 of a long description.
    Line 123 of a long description.
    Line 124 of a long description.
    Line 125 of a long description.
    Line 126 of a long description.
    Line 127 of a long description.
    Line 128 of a long description.
    Line 129 of a long description.
    Line 130 of a long description.
    Line 131 of a long description.
    Line 132 of a long description.
    Line 133 of a long description.
    Line 134 of a long description.
    Line 135 of a long description.
    Line 136 of a long description.
    Line 137 of a long description.
    Line 138 of a long description.
    Line 139 of a long description.
    Line 140 of a long description.
    Line 141 of a long description.
    Line 142 of a long description.
    Line 143 of a long description.
    Line 144 of a long description.
    Line 145 of a long description.
    Line 146 of a long description.
    Line 147 of a long description.
    Line 148 of a long description.
    Line 149 of a long description.
    Line 150 of a long description.
    Line 151 of a long description.
    Line 152 of a long description.
    Line 153 of a long description.
    Line 154 of a long description.
    Line 155 of a long description.
    Line 156 of a long description.
    Line 157 of a long description.
    Line 158 of a long description.
    Line 159 of a long description.
    Line 160 of a long description.
    Line 161 of a long description.
    Line 162 of a long description.
    Line 163 of a long description.
    Line 164 of a long description.
    Line 165 of a long description.
    Line 166 of a long description.
    Line 167 of a long description.
    Line 168 of a long description.
    Line 169 of a long description.
    Line 170 of a long description.
    Line 171 of a long description.
    Line 172 of a long description.
    Line 173 of a long description.
    Line 174 of a long description.
    Line 175 of a long description.
    Line 176 of a long description.
    Line 177 of a long description.
    Line 178 of a long description.
    Line 179 of a long description.
    Line 180 of a long description.
    Line 181 of a long description.
    Line 182 of a long description.
    Line 183 of a long description.
    Line 184 of a long description.
    Line 185 of a long description.
    Line 186 of a long description.
    Line 187 of a long description.
    Line 188 of a long description.
    Line 189 of a long description.
    Line 190 of a long description.
    Line 191 of a long description.
    Line 192 of a long description.
    Line 193 of a long description.
    Line 194 of a long description.
    Line 195 of a long description.
    Line 196 of a long description.
    Line 197 of a long description.
    Line 198 of a long description.
    Line 199 of a long description.
    Line 200 of a long description.
    Line 201 of a long description.
    Line 202 of a long description.
    Line 203 of a long description.
    Line 204 of a long description.
    Line 205 of a long description.
    Line 206 of a long description.
    Line 207 of a long description.
    Line 208 of a long description.
    Line 209 of a long description.
    Line 210 of a long description.
    Line 211 of a long description.
    Line 212 of a long description.
    Line 213 of a long description.
    Line 214 of a long description.
    Line 215 of a long description.
    Line 216 of a long description.
    Line 217 of a long description.
    Line 218 of a long description.
    Line 219 of a long description.
    Line 220 of a long description.
    Line 221 of a long description.
    Line 222 of a long description.
    Line 223 of a long description.
    Line 224 of a long description.
    Line 225 of a long description.
    Line 226 of a long description.
    Line 227 of a long description.
    Line 228 of a long description.
    Line 229 of a long description.
    Line 230 of a long description.
    Line 231 of a long description.
    Line 232 of a long description.
    Line 233 of a long description.
    Line 234 of a long description.
    Line 235 of a long description.
    Line 236 of a long description.
    Line 237 of a long description.
    Line 238 of a long description.
    Line 239 of a long description.
    Line 240 of a long description.
    Line 241 of a long description.
    Line 242 of a long description.
    Line 243 of a long description.
    Line 244 of a long description.
    Line 245 of a long description.
    Line 246 of a long description.
    Line 247 of a long description.
    Line 248 of a long description.
    Line 249 of a long description.
    Line 250 of a long description.
    Line 251 of a long description.
    Line 252 of a long description.
    Line 253 of a long description.
    Line 254 of a long description.
    Line 255 of a long description.
    Line 256 of a long description.
    Line 257 of a long description.
    Line 258 of a long description.
    Line 259 of a long description.
    Line 260 of a long description.
    Line 261 of a long description.
    Line 262 of a long description.
    Line 263 of a long description.
    Line 264 of a long description.
    Line 265 of a long description.
    Line 266 of a long description.
    Line 267 of a long description.
    Line 268 of a long description.
    Line 269 of a long description.
    Line 270 of a long description.
    Line 271 of a long description.
    Line 272 of a long description.
    Line 273 of a long description.
    Line 274 of a long description.
    Line 275 of a long description.
    Line 276 of a long description.
    Line 277 of a long description.
    Line 278 of a long description.
    Line 279 of a long description.
    Line 280 of a long description.
    Line 281 of a long description.
    Line 282 of a long description.
    Line 283 of a long description.
    Line 284 of a long description.
    Line 285 of a long description.
    Line 286 of a long description.
    Line 287 of a long description.
    Line 288 of a long description.
    Line 289 of a long description.
    Line 290 of a long description.
    Line 291 of a long description.
    Line 292 of a long description.
    Line 293 of a long description.
    Line 294 of a long description.
    Line 295 of a long description.
    Line 296 of a long description.
    Line 297 of a long description.
    Line 298 of a long description.
    Line 299 of a long description.

    Args:
        alpha: The first.
    """

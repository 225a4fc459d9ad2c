""

import os

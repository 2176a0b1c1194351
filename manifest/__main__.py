import sys

from manifest.build import main

sys.exit(main())

"""PyInstaller's entry script: the same ``main()`` as the installed ``fieldnotes`` command."""

from fieldnotes.launch import main

if __name__ == "__main__":
    main()

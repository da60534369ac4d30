from kzdiplo.cli import main

main()

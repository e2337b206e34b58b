# plot.gp -- throughput against size for one benchmark case.
# Called by report.py with datafile, outfile, title and impls (the number
# of implementations, one data block each) set.
set terminal pngcairo size 900,540 font ",11"
set output outfile
set title title
set logscale x 2
set logscale y 10
set xtics ("1 B" 1, "16 B" 16, "256 B" 256, "4 KiB" 4096, "64 KiB" 65536, \
           "1 MiB" 1048576, "16 MiB" 16777216)
set xlabel "size"
set ylabel "GB/s (higher is better)"
set key left top
set grid
plot for [i=0:impls-1] datafile index i using 1:2 with linespoints title columnheader(1)

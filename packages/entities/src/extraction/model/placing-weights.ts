// Written by train-placing.mjs (npm run train-placing): the placing model's weights, a feature a line, then its
// weight. Trained on every gold article; do not edit by hand.
export const PLACING_WEIGHTS = `
besidePick	1.05
dateline	-5.87
elsewhere	-3.03
ends=ababa	1.84
ends=airport	-5.36
ends=al-juma	3.77
ends=area	-4.07
ends=avenue	5.13
ends=camp	6.36
ends=chad	-2.57
ends=church	-5.55
ends=city	-0.68
ends=county	-3.31
ends=darfur	-1
ends=fasher	1.97
ends=highway	-6.21
ends=hospital	-9.17
ends=market	8.98
ends=mosque	7.31
ends=region	-8.5
ends=river	-7.59
ends=road	0.9
ends=sea	-4.3
ends=square	-2.7
ends=state	-5.39
ends=street	-5.28
ends=sudan	-2.4
ends=township	-2.39
headlineOnly	2.19
insidePick	0.69
inside|besidePick	1.16
inside|bias	0.69
inside|ends=highway	-1.92
inside|ends=hospital	2.1
inside|ends=market	3.41
inside|ends=road	-1.79
inside|headlineOnly	-2.01
inside|kind=admin1	-4.32
inside|kind=city	6.93
inside|kind=site	0.65
inside|locative	-1.9
inside|mentions=1	-2.07
inside|mentions=2	-0.25
inside|mentions=3	3.01
inside|named	-1.33
inside|near	5.75
inside|next=and	-2.49
inside|next=area	8.87
inside|next=in	4.76
inside|next=of	-3.93
inside|next=region	-1.5
inside|next=said	-1.93
inside|next=who	0.58
inside|origin	-5.13
inside|prev2=at the	3.74
inside|prev2=in the	-0.05
inside|prev2=on the	-2.75
inside|prev=at	-5.67
inside|prev=in	1.19
inside|prev=of	-0.03
inside|prev=the	-4.5
inside|rank<=1	1.24
inside|rank<=2	-3.23
inside|rank<=4	-2.27
inside|rank>4	2.75
inside|sentence<=0	-1.87
inside|sentence<=1	2.22
inside|sentence<=2	1.83
inside|sentence<=3	-2.77
inside|sentence<=5	4.74
inside|sentence<=8	0.25
inside|sentence>8	-5.07
inside|untold	1.37
inside|weight<=0	1.37
inside|weight<=1	4.9
inside|weight<=12	-2.14
inside|weight<=2	-1.1
inside|weight<=4	-1.02
inside|weight<=7	-4.14
inside|weight>12	2.81
kind=admin1	-8.18
kind=city	0.16
kind=region	1.96
kind=site	6.07
locative	-1.51
mentions=1	-3.59
mentions=2	0.67
mentions=3	2.93
named	0.75
near	-5.33
next='s	-8.17
next=a	11.49
next=about	-2.85
next=according	4.34
next=afp	-2.8
next=after	2.94
next=also	-0.93
next=and	-4.6
next=area	5.55
next=at	-0.99
next=by	8.02
next=department	-0.28
next=district	-3.31
next=during	-1.26
next=early	-12.31
next=for	5.64
next=forest	-0.93
next=had	-2.15
next=have	2.66
next=he	-3.03
next=in	2.05
next=is	6.84
next=killed	-1.28
next=killing	-1.25
next=last	-2.42
next=late	2.12
next=mountains	-0.4
next=near	4.18
next=neighbourhood	1.31
next=of	-6.75
next=on	5.07
next=one	-4.97
next=police	-2.62
next=province	-1.99
next=region	-11.8
next=regional	-0.98
next=regions	-1.46
next=residents	-0.51
next=said	-1.93
next=shortly	-5.13
next=since	5.04
next=some	1.94
next=state	-3.37
next=territory	-3.75
next=that	-0.9
next=the	-0.85
next=they	-0.23
next=this	-4.14
next=to	-0.63
next=told	-0.45
next=town	0.94
next=village	8.95
next=was	-1.61
next=we	-0.25
next=were	-2.34
next=west	2.68
next=when	-3.16
next=where	2.44
next=which	-4.79
next=who	0.48
next=with	-3.3
next=’s	-6.69
origin	-8.66
pick|bias	4.16
pick|dateline	2.18
pick|kind=city	1.06
pick|locative	0.84
pick|mentions=1	4.47
pick|mentions=2	0.37
pick|mentions=3	-0.68
pick|named	1.54
pick|near	2.37
pick|next='s	-8.17
pick|next=a	-3.18
pick|next=and	8.86
pick|next=district	3.19
pick|next=in	0.68
pick|next=killed	-1.28
pick|next=late	5.4
pick|next=on	-3.54
pick|next=the	-2.36
pick|next=town	2.51
pick|next=village	4.9
pick|origin	3.95
pick|prev2=area of	-2.55
pick|prev2=city of	2.71
pick|prev2=municipality of	-0.59
pick|prev2=town of	2.64
pick|prev2=village of	4.19
pick|prev=at	0.9
pick|prev=in	0.86
pick|prev=near	-7.97
pick|prev=of	1.68
pick|prev=the	4.9
pick|rank<=0	-0.75
pick|sentence<=0	-1.42
pick|sentence<=1	0.43
pick|sentence<=2	-2.73
pick|sentence<=3	-2.63
pick|sentence<=5	-0.98
pick|sentence>8	0.04
pick|settlement	-1.21
pick|weight<=1	1.02
pick|weight<=12	-0.01
pick|weight<=2	-0.55
pick|weight<=4	-4.25
pick|weight<=7	1.01
pick|weight>12	2.03
prev2=along the	-1.46
prev2=and the	-5.98
prev2=area of	-2.55
prev2=around the	0.86
prev2=at the	3.22
prev2=attack on	3.71
prev2=building on	4.48
prev2=capital of	-1
prev2=church in	0.18
prev2=city of	-3.34
prev2=clash in	-7.78
prev2=community of	3.35
prev2=conference in	-1.34
prev2=control of	3.47
prev2=department of	-1.53
prev2=direction of	-1.64
prev2=district of	4.3
prev2=from the	-5.45
prev2=held in	-1.24
prev2=hospital in	-8.12
prev2=in the	-1.28
prev2=market in	-2.65
prev2=municipality of	-2.31
prev2=near the	-1.09
prev2=of the	1.12
prev2=office in	-3.16
prev2=on the	-6.43
prev2=outskirts of	6.06
prev2=people in	-6.15
prev2=police in	-6.08
prev2=post in	-4.39
prev2=province of	6.18
prev2=region of	-1.68
prev2=reporters in	-0.32
prev2=road between	-0.22
prev2=signed in	1.04
prev2=south of	0.01
prev2=state capital	-3.79
prev2=state of	-0.99
prev2=taken to	-1.8
prev2=the capital	1.25
prev2=the city's	-3.2
prev2=the nearby	-1.05
prev2=to the	2.36
prev2=towards the	-6.34
prev2=town in	-1.18
prev2=town of	3.38
prev2=village in	2.89
prev2=village of	10.08
prev2=villages of	-2.27
prev2=west of	-3.72
prev=across	-0.32
prev=and	-10.15
prev=around	11.26
prev=at	8.77
prev=between	-2.5
prev=capital	-1.44
prev=central	4.53
prev=city's	-3.2
prev=eastern	4.92
prev=for	-6.15
prev=from	-6.74
prev=in	1.21
prev=near	5.18
prev=nearby	-4.29
prev=of	0.24
prev=on	-2.62
prev=say	-1.4
prev=says	0.13
prev=sudan's	-2.19
prev=the	3.28
prev=to	0.14
prev=towards	-4.2
prev=western	-3.69
prev=with	3.73
rank<=0	-4.84
rank<=1	2.96
rank<=2	1.96
rank<=4	-0.03
rank>4	-0.05
rule-pick	4.16
sentence<=0	5.4
sentence<=1	4.41
sentence<=2	8.87
sentence<=3	6.17
sentence<=5	-1.71
sentence<=8	-8.8
sentence>8	-13.28
settlement	6.67
untold	-1.06
weight<=0	-1.06
weight<=1	-1.7
weight<=12	-1.45
weight<=2	1.11
weight<=4	2.75
weight<=7	-0.17
weight>12	0.53
`;

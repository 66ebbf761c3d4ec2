// Written by train-placing.mjs (npm run train-placing): the placing model's weights, a feature a line, then its
// weight. Trained on every gold article; do not edit by hand.
export const PLACING_WEIGHTS = `
besidePick	0.33
dateline	-4.84
elsewhere	-2.95
ends=ababa	1.05
ends=airport	-3.34
ends=al-juma	2.43
ends=area	-1.88
ends=avenue	5.71
ends=camp	5
ends=chad	-4.43
ends=church	-4.14
ends=city	-0.43
ends=county	-4.27
ends=dos	5.49
ends=fasher	-0.3
ends=highway	-3.64
ends=hospital	-9.14
ends=market	9.42
ends=mosque	7.04
ends=region	-9.47
ends=river	-5.51
ends=road	0.23
ends=sea	-3.93
ends=square	-3.29
ends=state	-6.32
ends=street	-5.39
ends=sudan	-3.19
ends=township	-2.71
headlineOnly	1.33
insidePick	1.38
inside|besidePick	3.11
inside|bias	1.38
inside|ends=hospital	0.62
inside|ends=market	2.62
inside|ends=road	-1.72
inside|headlineOnly	-2.85
inside|kind=admin1	-5.19
inside|kind=city	6.25
inside|kind=site	0.43
inside|locative	-4.06
inside|mentions=1	-1.77
inside|mentions=2	2.01
inside|mentions=3	1.14
inside|named	0.99
inside|near	5.97
inside|next=and	-1.5
inside|next=area	8.65
inside|next=in	5.91
inside|next=of	-4.14
inside|next=region	-0.98
inside|next=said	-2.55
inside|next=who	0.42
inside|origin	-6.67
inside|prev2=at the	3.81
inside|prev2=in the	-2.48
inside|prev2=on the	-1.72
inside|prev=at	-5.02
inside|prev=in	0.19
inside|prev=of	0.29
inside|prev=the	-3.26
inside|prev=to	-0.95
inside|rank<=1	2.52
inside|rank<=2	-1.7
inside|rank<=4	-4.22
inside|rank>4	3.54
inside|sentence<=0	-0.5
inside|sentence<=1	2.37
inside|sentence<=2	2.95
inside|sentence<=3	-3.53
inside|sentence<=5	4.09
inside|sentence<=8	0.71
inside|sentence>8	-6.06
inside|untold	1.35
inside|weight<=0	1.35
inside|weight<=1	4.2
inside|weight<=12	-3.84
inside|weight<=2	-0.14
inside|weight<=4	1.79
inside|weight<=7	-3.73
inside|weight>12	1.75
kind=admin1	-8.23
kind=city	-0.72
kind=region	3.52
kind=site	5.72
locative	-1.5
mentions=1	-3.23
mentions=2	1.22
mentions=3	2.01
named	0.78
near	-4.53
next='s	-10.44
next=a	10.85
next=about	-1.81
next=according	4.94
next=afp	-1.02
next=after	3.98
next=also	-3.41
next=and	-5.42
next=area	6.51
next=at	-0.87
next=by	8.47
next=department	-1.7
next=district	-3.44
next=during	0.56
next=early	-10.55
next=for	3.85
next=forest	-1.62
next=has	-2.09
next=have	1.8
next=he	-2.17
next=in	1.07
next=is	5.76
next=killed	-1.06
next=killing	-0.22
next=last	-3.51
next=late	0.6
next=mountains	-1.58
next=near	3.99
next=neighbourhood	2.71
next=of	-5.59
next=on	4.84
next=one	-3.84
next=police	-4.79
next=province	-2.52
next=region	-10.66
next=regional	-1.6
next=said	-2.55
next=shortly	-4.33
next=since	3.81
next=some	4.11
next=state	-2.05
next=territory	-3.93
next=that	-2.78
next=the	-2.04
next=they	2.99
next=this	-4.67
next=to	-0.17
next=told	-1.13
next=town	1.02
next=village	9.11
next=was	-1.37
next=were	-3.61
next=west	2.16
next=when	-5.73
next=where	1.96
next=which	-5.24
next=who	1.8
next=with	-0.77
next=’s	-4.41
origin	-6.64
pick|bias	3.37
pick|dateline	2.44
pick|kind=city	1.14
pick|locative	0.69
pick|mentions=1	3.97
pick|mentions=2	0.34
pick|mentions=3	-0.94
pick|named	0.94
pick|near	2.18
pick|next='s	-10.44
pick|next=a	-3.16
pick|next=and	7.34
pick|next=district	3.76
pick|next=in	0.29
pick|next=killed	-1.06
pick|next=late	4.52
pick|next=on	-4.18
pick|next=the	-1.55
pick|next=town	3.27
pick|next=village	3.55
pick|origin	4.37
pick|prev2=area of	-1.01
pick|prev2=city of	2.59
pick|prev2=municipality of	-0.8
pick|prev2=town of	1.65
pick|prev2=village of	5.25
pick|prev=at	-1.31
pick|prev=in	1.42
pick|prev=near	-6.68
pick|prev=of	1.52
pick|prev=the	4.39
pick|rank<=0	-0.3
pick|sentence<=0	-1.66
pick|sentence<=1	0.95
pick|sentence<=2	-1.85
pick|sentence<=3	-1.32
pick|sentence<=5	0.24
pick|sentence>8	-3.66
pick|settlement	-1.46
pick|weight<=1	1.39
pick|weight<=12	-0.24
pick|weight<=2	-0.75
pick|weight<=4	-4.3
pick|weight<=7	0.89
pick|weight>12	2.71
prev2=along the	-2.24
prev2=and the	-7.17
prev2=area of	-2.19
prev2=around the	0.04
prev2=at the	2.74
prev2=attack on	3.88
prev2=building on	2.9
prev2=capital of	2.27
prev2=city of	-2.61
prev2=clash in	-5.47
prev2=community of	1.94
prev2=conference in	-1.79
prev2=control of	4.62
prev2=department of	-0.26
prev2=direction of	-3.74
prev2=district of	4.38
prev2=from the	-5.13
prev2=hospital in	-8.48
prev2=in the	0.11
prev2=market in	-3.64
prev2=municipality of	-3.19
prev2=near the	-1.33
prev2=of the	2.5
prev2=office in	-2.1
prev2=on the	-3.9
prev2=outskirts of	6.8
prev2=people in	-7.51
prev2=police in	-7.14
prev2=post in	-4.87
prev2=province of	5.77
prev2=region of	-0.03
prev2=reporters in	-0.84
prev2=road between	-0.75
prev2=signed in	-0.15
prev2=south of	-1.63
prev2=state capital	-2.8
prev2=state of	-3.77
prev2=station in	-0.94
prev2=struck the	5.01
prev2=taken to	-0.95
prev2=the capital	0.37
prev2=the city's	-4.62
prev2=the nearby	-0.58
prev2=to the	-2.5
prev2=towards the	-6.09
prev2=town in	-1.21
prev2=town of	4.77
prev2=village in	5.54
prev2=village of	8.68
prev2=villages of	-0.34
prev2=west of	-3.06
prev=across	-0.22
prev=and	-10.74
prev=around	13.98
prev=at	6.83
prev=between	-3.58
prev=capital	-0.47
prev=central	7.88
prev=city's	-4.62
prev=eastern	3.4
prev=for	-0.99
prev=from	-8.35
prev=in	0.89
prev=including	-0.98
prev=near	4.51
prev=nearby	-3.11
prev=of	0.78
prev=on	-5.38
prev=say	-1.64
prev=says	1.93
prev=sudan's	-2.52
prev=the	1.69
prev=to	0.09
prev=towards	-2.71
prev=western	-3.06
prev=with	3.99
rank<=0	-3.96
rank<=1	3.32
rank<=2	2.16
rank<=4	-0.36
rank>4	-1.15
rule-pick	3.37
sentence<=0	5.89
sentence<=1	3.55
sentence<=2	8.8
sentence<=3	6.61
sentence<=5	-0.65
sentence<=8	-8.16
sentence>8	-15.03
settlement	6.17
untold	-1.01
weight<=0	-1.01
weight<=1	-1.77
weight<=12	-1.05
weight<=2	1.31
weight<=4	3.07
weight<=7	-0.52
weight>12	-0.03
`;
